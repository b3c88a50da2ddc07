using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Reviews;

/// <summary>
/// What a review came to. Each confirmed note counts once, by its latest verdict: kept, edited, removed (deleted
/// during the review), or flagged (someone who may not delete it asked for its removal and it is still there).
/// </summary>
/// <param name="Kept">Notes whose latest verdict is keep.</param>
/// <param name="Edited">Notes whose latest verdict is edit.</param>
/// <param name="Removed">Notes voted out that are deleted.</param>
/// <param name="Flagged">Ids of notes voted out that are still on the map, for a facilitator to decide.</param>
/// <param name="People">Who confirmed anything, by verdict, in the order they first did.</param>
public sealed record ReviewTally(int Kept, int Edited, int Removed, IReadOnlyList<string> Flagged, IReadOnlyDictionary<ReviewVerdict, IReadOnlyList<Person>> People)
{
    public int Confirmed => Kept + Edited + Removed + Flagged.Count;

    /// <summary>Tallies <paramref name="review"/>; <paramref name="deletedNoteIds"/> are the map's notes deleted by now.</summary>
    public static ReviewTally Of(Review review, IEnumerable<string> deletedNoteIds)
    {
        ArgumentNullException.ThrowIfNull(review);
        var deleted = deletedNoteIds.ToHashSet(StringComparer.Ordinal);
        int kept = 0, edited = 0, removed = 0;
        var flagged = new List<string>();
        foreach (var latest in review.Confirmations.GroupBy(c => c.NoteId).Select(g => g.MaxBy(c => c.At)!))
        {
            switch (latest.Verdict)
            {
                case ReviewVerdict.Keep:
                    kept++;
                    break;
                case ReviewVerdict.Edit:
                    edited++;
                    break;
                case ReviewVerdict.Remove when deleted.Contains(latest.NoteId):
                    removed++;
                    break;
                default:
                    flagged.Add(latest.NoteId);
                    break;
            }
        }

        var people = Enum.GetValues<ReviewVerdict>().ToDictionary(
            v => v,
            v => (IReadOnlyList<Person>)review.Confirmations.Where(c => c.Verdict == v).Select(c => c.By).DistinctBy(p => p.Id).ToList());
        return new ReviewTally(kept, edited, removed, flagged, people);
    }
}
