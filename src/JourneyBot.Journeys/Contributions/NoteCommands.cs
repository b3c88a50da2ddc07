using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Contributions;

/// <summary><c>notes [stage] [lane] [kind] [page N]</c>: the map's notes, filtered and paged.</summary>
public sealed partial class NoteCommands(INoteRepository notes)
{
    public const int PageSize = 10;
    private const int TextLength = 140;

    public async Task ListAsync(TurnContext context, JourneyMap map, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        var culture = context.Culture();
        var filter = NoteFilter.Parse(map, argument ?? string.Empty);
        var all = await notes.ListAsync(map.Scope, map.Id, includeDeleted: false, cancellationToken);
        var matching = all.Where(filter.Matches).ToList();
        if (matching.Count == 0)
        {
            await context.SayAsync(TextKeys.NotesNone, cancellationToken, map.Name);
            return;
        }

        var pages = (matching.Count + PageSize - 1) / PageSize;
        var page = Math.Clamp(filter.Page, 1, pages);
        var shown = matching.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var label = filter.Describe(map, culture);
        var text = new StringBuilder(BotText.Escaped(culture, TextKeys.NotesTitle, map.Name, new Markup(label.Length == 0 ? string.Empty : BotText.Escaped(culture, TextKeys.NotesFilter, label)), matching.Count));
        foreach (var note in shown)
        {
            text.Append("\n\n").Append(BotText.Escaped(
                culture,
                TextKeys.NotesLine,
                new Markup(note.Id),
                new Markup(NoteKinds.ShortName(culture, note.Kind) + (note.Score is { } score ? " " + score.ToString("+0;-0;0", CultureInfo.InvariantCulture) : string.Empty)),
                map.FindStage(note.StageId)?.Name ?? "?",
                map.FindLane(note.LaneId)?.Name + (note.ToLaneId is null ? string.Empty : " → " + map.FindLane(note.ToLaneId)?.Name),
                note.Author.Name,
                note.Text.Length <= TextLength ? note.Text : MapText.Truncate(note.Text, TextLength) + "…"));
        }

        if (page < pages)
        {
            var first = (page - 1) * PageSize + 1;
            var rest = PageSuffix().Replace(" " + (argument ?? string.Empty).Trim(), string.Empty).TrimEnd();
            text.Append("\n\n").Append(BotText.Escaped(culture, TextKeys.NotesMore, first, first + shown.Count - 1, matching.Count, rest, page + 1));
        }

        await context.SendActivityAsync(text.ToString(), cancellationToken);
    }

    [GeneratedRegex(@"\s+page\s+\d+\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex PageSuffix();
}
