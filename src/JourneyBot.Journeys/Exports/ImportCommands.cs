using System.Globalization;
using System.Text;
using JourneyBot.BotKit.State;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reminders;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Maps;
using JourneyBot.Journeys.Reminders;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Journeys.Exports;

/// <summary>
/// <c>import</c>: creates a new map in this conversation from an exported JSON document (attached or pasted).
/// The whole document is checked before anything is written. The map row is then created hidden (marked deleted),
/// the notes written, and the map published last; if storage fails part-way the half-written copy stays hidden
/// and unlisted, and running the same import again simply makes a complete one under a new id.
/// </summary>
internal sealed partial class ImportCommands(
    ImportSources sources,
    IMapRepository maps,
    INoteRepository notes,
    IConversationReferenceStore references,
    JourneyCards cards,
    ReminderScheduler reminders,
    TimeProvider time,
    ILogger<ImportCommands> logger)
{
    /// <summary>Notes written at once: enough to import a large map within a turn, few enough not to flood storage.</summary>
    private const int WriteConcurrency = 8;

    private const int IdAttempts = 5;

    public async Task ImportAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Activity;
        var culture = context.Culture();
        var input = await sources.ReadAsync(activity, cancellationToken);
        if (input.Json is null)
        {
            await context.SayAsync(input.ProblemKey!, cancellationToken, [.. input.ProblemArgs ?? []]);
            return;
        }

        if (!ExportJson.TryRead(input.Json, out var document, out var errorPath, out var errorLine))
        {
            await (errorPath.Length == 0
                ? context.SayAsync(TextKeys.ImportNotJson, cancellationToken, errorLine)
                : context.SayAsync(TextKeys.ImportBadValue, cancellationToken, JsonPath(errorPath), errorLine));
            return;
        }

        if (document.Format != ExportJson.Format)
        {
            await context.SayAsync(TextKeys.ImportWrongFormat, cancellationToken);
            return;
        }

        if (document.Version != ExportJson.Version)
        {
            await context.SayAsync(TextKeys.ImportWrongVersion, cancellationToken, document.Version?.ToString(culture) ?? "—", ExportJson.Version);
            return;
        }

        var scope = ConversationScopes.For(activity);
        var importer = ConversationScopes.SenderOf(activity);
        var now = time.GetUtcNow();
        var check = MapImportPlanner.Check(document, scope, importer, now);
        if (check.Plan is null)
        {
            await context.SendActivityAsync(ProblemsText(culture, check), cancellationToken);
            return;
        }

        var existing = await maps.ListAsync(scope, cancellationToken);
        var wanted = check.Plan.Map.Name;
        var name = UniqueName(culture, wanted, existing);
        // An imported map speaks its importer's language by default (the export format carries no language).
        var plan = await StoreAsync(context, check.Plan with { Map = check.Plan.Map with { Language = culture.Name } }, name, now, cancellationToken);
        if (plan is null)
        {
            return;
        }

        await maps.SetSelectedMapIdAsync(scope, importer.Id, plan.Map.Id, cancellationToken);

        // Reminders reach this conversation through the saved reference, as for a new map, on the default
        // cadence in the importer's time zone (an export carries no cadence).
        await references.SaveAsync(activity.GetConversationReference(), cancellationToken);
        var cadence = ReviewCadence.DefaultIn(ConversationScopes.ClientTimeZone(activity));
        var scheduled = await maps.UpdateAsync(scope, plan.Map.Id, m => m.WithCadence(cadence, now), cancellationToken);
        await reminders.ScheduleAsync(scheduled, ReminderCommands.TargetOf(context), cancellationToken);
        LogImported(logger, plan.Map.Id, plan.Notes.Count);
        var done = context.Text(TextKeys.ImportDone, plan.Map.Name, plan.Map.Id, plan.Map.Stages.Count, plan.Map.Lanes.Count, plan.Notes.Count);
        if (name != wanted)
        {
            done += "\n\n" + context.Text(TextKeys.ImportRenamed, wanted, name);
        }

        await context.SendActivityAsync(done, cancellationToken);
        await context.SendActivityAsync(cards.Map(culture, plan.Map, plan.Notes), cancellationToken);
    }

    /// <summary>Creates the hidden map, writes the notes, publishes the map; null (after telling the person) when storage failed.</summary>
    private async Task<ImportPlan?> StoreAsync(TurnContext context, ImportPlan checkedPlan, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var importer = checkedPlan.Map.CreatedBy;
        ImportPlan plan;
        for (var attempt = 1; ; attempt++)
        {
            plan = checkedPlan.For(MapIds.New(), name);
            try
            {
                // Hidden until every note is stored: a deleted map is neither listed nor opened.
                await maps.CreateAsync(plan.Map with { DeletedAt = now, DeletedBy = importer }, cancellationToken);
                break;
            }
            catch (MapConflictException) when (attempt < IdAttempts)
            {
                // The id is taken in this scope (by a live or a deleted map): draw another.
            }
        }

        var written = 0;
        try
        {
            // A batch runs to its end even when one write fails, so the count below is what storage confirmed.
            foreach (var batch in plan.Notes.Chunk(WriteConcurrency))
            {
                await Task.WhenAll(batch.Select(async note =>
                {
                    await notes.AddAsync(plan.Map.Scope, note, cancellationToken);
                    Interlocked.Increment(ref written);
                }));
            }

            await maps.UpdateAsync(plan.Map.Scope, plan.Map.Id, m => m with { DeletedAt = null, DeletedBy = null }, cancellationToken);
            return plan;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogStoreFailed(logger, exception, plan.Map.Id, written, plan.Notes.Count);
            await context.SayAsync(TextKeys.ImportStorageFailed, cancellationToken, written, plan.Notes.Count);
            return null;
        }
    }

    /// <summary>The name, or the name with " (2)", " (3)"... when a map of this scope is already called that.</summary>
    internal static string UniqueName(CultureInfo culture, string name, IReadOnlyList<JourneyMap> existing)
    {
        bool Taken(string candidate) => existing.Any(m => NameComparer.Same(m.Name, candidate));
        if (!Taken(name))
        {
            return name;
        }

        for (var n = 2; ; n++)
        {
            var suffixOnly = BotText.Get(culture, TextKeys.ImportNameSuffix, string.Empty, n);
            var stem = MapText.Truncate(name, JourneyMap.MaxNameLength - suffixOnly.Length).TrimEnd();
            var candidate = MapText.CleanName(BotText.Get(culture, TextKeys.ImportNameSuffix, stem, n));
            if (!Taken(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>A JSON path (<c>notes[3].score</c>) as it is when made of names and indexes only; escaped like people's text otherwise.</summary>
    private static object JsonPath(string path) =>
        path.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '[' or ']' or '$') ? new Markup(path) : path;

    private static string ProblemsText(CultureInfo culture, ImportCheck check)
    {
        var list = new StringBuilder();
        foreach (var problem in check.Problems)
        {
            list.Append("- ").Append(BotText.Escaped(culture, problem.Key, [problem.Path.Length == 0 ? "—" : JsonPath(problem.Path), .. problem.Args])).Append('\n');
        }

        if (check.ProblemCount > check.Problems.Count)
        {
            list.Append(BotText.Get(culture, TextKeys.ImportMoreProblems, check.ProblemCount - check.Problems.Count));
        }

        return BotText.Get(culture, TextKeys.ImportInvalid, check.ProblemCount, list.ToString().TrimEnd());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported map {MapId} with {NoteCount} notes")]
    private static partial void LogImported(ILogger logger, string mapId, int noteCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import of map {MapId} failed after {Written} of {Total} notes; the map stays hidden")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string mapId, int written, int total);
}
