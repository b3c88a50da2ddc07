using System.Globalization;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Domain.Reviews;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Reviews;

/// <summary>How a review shows notes and who confirmed them: one compact line each.</summary>
internal static class ReviewLines
{
    /// <summary>Most notes listed per stage in an overview or the status (messages stay well under the channel's size limit).</summary>
    public const int NotesPerStage = 15;

    private const int TextLength = 100;

    /// <summary>The stage's live notes, lane by lane (top to bottom), oldest first within a lane.</summary>
    public static List<Note> AtStage(JourneyMap map, IEnumerable<Note> notes, string stageId)
    {
        var laneOrder = map.Lanes.Select((l, i) => (l.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return notes
            .Where(n => !n.IsDeleted && n.StageId == stageId && laneOrder.ContainsKey(n.LaneId))
            .OrderBy(n => laneOrder[n.LaneId])
            .ThenBy(n => n.CreatedAt)
            .ToList();
    }

    /// <summary><c>`id` Kind · Lane: text (author)</c>.</summary>
    public static string Note(CultureInfo culture, JourneyMap map, Note note)
    {
        var kind = NoteKinds.ShortName(culture, note.Kind) + (note.Score is { } score ? " " + score.ToString("+0;-0;0", CultureInfo.InvariantCulture) : string.Empty);
        var lane = map.FindLane(note.LaneId)?.Name + (note.ToLaneId is null ? string.Empty : " → " + map.FindLane(note.ToLaneId)?.Name);
        var text = note.Text.Length <= TextLength ? note.Text : MapText.Truncate(note.Text, TextLength) + "…";
        return BotText.Escaped(culture, TextKeys.ReviewNoteLine, note.Id, new Markup(kind), lane, text.ReplaceLineEndings(" "), note.Author.Name);
    }

    /// <summary>Who said what about a note (<c>kept by A, B; flagged for removal by C</c>), or empty when nobody did.</summary>
    public static string Verdicts(CultureInfo culture, IReadOnlyList<ReviewConfirmation> confirmations, bool noteDeleted)
    {
        var parts = new List<string>();
        foreach (var verdict in Enum.GetValues<ReviewVerdict>())
        {
            var names = confirmations.Where(c => c.Verdict == verdict).Select(c => c.By.Name).ToList();
            if (names.Count == 0)
            {
                continue;
            }

            var key = verdict switch
            {
                ReviewVerdict.Keep => TextKeys.ReviewByKeep,
                ReviewVerdict.Edit => TextKeys.ReviewByEdit,
                _ => noteDeleted ? TextKeys.ReviewByRemove : TextKeys.ReviewByFlag,
            };
            parts.Add(BotText.Get(culture, key, Names(culture, names)));
        }

        return string.Join(BotText.Get(culture, TextKeys.ReviewVerdictSeparator), parts);
    }

    public static string Names(CultureInfo culture, IEnumerable<string> names) =>
        string.Join(BotText.Get(culture, TextKeys.ReviewNameSeparator), names.Select(Cards.CardText.Literal));
}
