using System.Diagnostics;
using System.Globalization;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// Table Storage stops in the middle of use. A facilitator makes a map and adds notes; storage stops; one-line
/// notes (English and Chinese) and note forms (Action.Submit and Action.Execute) get a non-5xx answer telling
/// the person the note was not saved; storage starts again on the same address; the raw tables hold exactly the
/// notes from before and the map as before; the same host, not restarted, stores the notes sent again.
/// Needs <see cref="ReliabilityTarget.Storage"/>.
/// </summary>
public sealed class StorageOutageScenario : IReliabilityScenario
{
    /// <summary>What the English answer says while storage is away.</summary>
    public const string NotSavedEnglish = "not saved";

    /// <summary>What the Chinese answer says while storage is away.</summary>
    public const string NotSavedChinese = "没有保存";

    /// <inheritdoc />
    public string Name => "Storage outage";

    /// <summary>The slowest answer while storage was away (Teams gives up after about 15 s).</summary>
    public TimeSpan SlowestOutageAnswer { get; private set; }

    /// <inheritdoc />
    public async Task RunAsync(ReliabilityTarget target, ReliabilityTally tally, ReliabilityScale scale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(tally);
        if (target.Storage is null)
        {
            tally.Problem($"{Name}: the target has no storage control, so storage cannot be stopped.");
            return;
        }

        var channel = new TeamChannel(target, tally, "outage");
        var raw = RawTables.For(target);
        var map = await channel.CreateMapAsync("Outage map", cancellationToken);
        var stage = map.StageId("Purchase");
        var lane = map.LaneId("Backstage");
        var before = scale == ReliabilityScale.Quick ? 3 : 10;
        for (var i = 1; i <= before; i++)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"before the outage {i}");
            var turn = await channel.SayAsync($"red flag Purchase/Backstage: {text}", cancellationToken);
            if (!turn.ConfirmsNote(text))
            {
                tally.Problem($"{Name}: note “{text}” before the outage was not confirmed: {turn.Text}");
            }
        }

        var notesBefore = (await raw.NotesAsync(channel.Container, map.Id, cancellationToken)).Select(Fingerprint).Order(StringComparer.Ordinal).ToList();

        var oneLiner = channel.Message("red flag Purchase/Backstage: sent while storage was away");
        var chinese = channel.Message("red flag Purchase/Backstage: 存储不可用时发送", userId: TeamChannel.User("outage", 2), locale: "zh-CN");
        var submit = channel.FormSubmit(map.Id, stage, lane, "form sent while storage was away");
        var invoke = NoteForms.AsInvoke(channel.FormSubmit(map.Id, stage, lane, "card action while storage was away"));

        await target.Storage.StopAsync(cancellationToken);
        tally.Fault();
        try
        {
            await ExpectNotSavedAsync(channel, oneLiner, NotSavedEnglish, tally, cancellationToken);
            await ExpectNotSavedAsync(channel, chinese, NotSavedChinese, tally, cancellationToken);
            await ExpectNotSavedAsync(channel, submit, NotSavedEnglish, tally, cancellationToken);
            await ExpectNotSavedAsync(channel, invoke, NotSavedEnglish, tally, cancellationToken);
        }
        finally
        {
            await target.Storage.StartAgainAsync(cancellationToken);
        }

        // Nothing half-written: exactly the notes from before, and the map as it was.
        var notesAfter = (await raw.NotesAsync(channel.Container, map.Id, cancellationToken)).Select(Fingerprint).Order(StringComparer.Ordinal).ToList();
        if (!notesAfter.SequenceEqual(notesBefore))
        {
            tally.Problem($"{Name}: the notes changed during the outage: {notesBefore.Count} before, {notesAfter.Count} after.");
        }

        var mapAfter = await raw.MapAsync(channel.Container, cancellationToken);
        if (mapAfter is null || mapAfter.Row.ETag != map.Row.ETag)
        {
            tally.Problem($"{Name}: the map row changed during the outage.");
        }

        // The same host, not restarted, works again: the notes sent again are stored.
        var resent = 0;
        foreach (var (activity, text) in new[]
        {
            (channel.Message("red flag Purchase/Backstage: sent while storage was away"), "sent while storage was away"),
            (channel.Message("red flag Purchase/Backstage: 存储不可用时发送", userId: TeamChannel.User("outage", 2), locale: "zh-CN"), "存储不可用时发送"),
        })
        {
            var turn = await channel.SendAsync(activity, cancellationToken);
            resent++;
            if (!turn.Text.Contains(text, StringComparison.Ordinal) || turn.Text.Contains(NotSavedEnglish, StringComparison.Ordinal) || turn.Text.Contains(NotSavedChinese, StringComparison.Ordinal))
            {
                tally.Problem($"{Name}: the note sent again after the outage was not confirmed: {turn.Text}");
            }
        }

        var form = await channel.SendAsync(NoteForms.AsInvoke(channel.FormSubmit(map.Id, stage, lane, "card action while storage was away")), cancellationToken);
        resent++;
        if (!form.Body.Contains("card action while storage was away", StringComparison.Ordinal) || form.Body.Contains(NotSavedEnglish, StringComparison.Ordinal))
        {
            tally.Problem($"{Name}: the note form sent again after the outage was not confirmed: {form.Body}");
        }

        var stored = (await raw.NotesAsync(channel.Container, map.Id, cancellationToken)).Count;
        tally.Notes(before + resent, stored);
    }

    private async Task ExpectNotSavedAsync(TeamChannel channel, System.Text.Json.Nodes.JsonObject activity, string notSaved, ReliabilityTally tally, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var turn = await channel.SendAsync(activity, cancellationToken);
        var elapsed = clock.Elapsed;
        if (elapsed > SlowestOutageAnswer)
        {
            SlowestOutageAnswer = elapsed;
        }

        var said = turn.Text + turn.Body;
        if ((int)turn.Status >= 500 || !said.Contains(notSaved, StringComparison.Ordinal))
        {
            tally.Problem($"{Name}: while storage was away, {activity["type"]} “{activity["text"]}” got {(int)turn.Status} and “{said}”, not “{notSaved}”.");
        }
    }

    private static string Fingerprint(Azure.Data.Tables.TableEntity row) =>
        $"{row.RowKey}|{row.ETag}|{row.GetString("Text")}";
}
