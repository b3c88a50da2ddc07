using JourneyBot.BotKit.Schema;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// The baseline: a team makes a service blueprint and its members add one-line notes one after another.
/// Every note the bot confirms must be in Table Storage afterwards, once.
/// </summary>
public sealed class HappyPathScenario : IReliabilityScenario
{
    private static readonly string[] Kinds = ["red flag", "green flag", "pain", "touchpoint", "opportunity"];
    private static readonly string[] Places = ["Awareness/Customer", "Purchase/Frontstage", "Use/Backstage", "Feedback/Support processes", "Purchase/Customer"];

    /// <inheritdoc />
    public string Name => "Happy path";

    /// <inheritdoc />
    public async Task RunAsync(ReliabilityTarget target, ReliabilityTally tally, ReliabilityScale scale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(tally);
        var marker = $"happy-{Guid.NewGuid():N}";
        var chat = new ReliabilityChat(target, tally, $"19:{marker}@thread.tacv2");
        await chat.CreateBlueprintAsync(cancellationToken);

        var notes = scale == ReliabilityScale.Quick ? 10 : 50;
        var confirmed = 0;
        for (var i = 0; i < notes; i++)
        {
            var text = $"{Kinds[i % Kinds.Length]} {Places[i % Places.Length]}: {marker} observation {i}";
            var replies = await chat.SayAsync(text, $"29:member-{i % 5}", $"Member {i % 5}", cancellationToken);
            if (replies.Any(IsNoteConfirmation))
            {
                confirmed++;
            }
            else
            {
                tally.Problem($"{Name}: '{text}' was not confirmed ({Summarize(replies)})");
            }
        }

        tally.Notes(confirmed, await StoredNotes.CountAsync(target.StorageConnectionString, target.TablePrefix, marker, cancellationToken));
    }

    /// <summary>The note-added confirmation: a card with an Undo button (or, without cards, a reply naming the note id).</summary>
    public static bool IsNoteConfirmation(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var card = reply.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content;
        return card?["actions"]?.AsArray().Any(action => action?["data"]?["command"]?.ToString().StartsWith("undo", StringComparison.Ordinal) == true) == true;
    }

    private static string Summarize(IReadOnlyList<Activity> replies) =>
        replies.Count == 0 ? "no reply" : string.Join(" | ", replies.Select(r => r.Text ?? (r.Attachments is { Count: > 0 } attachments ? attachments[0].ContentType : null) ?? "?"));
}
