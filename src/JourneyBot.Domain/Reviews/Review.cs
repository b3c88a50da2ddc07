using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Reviews;

/// <summary>
/// A walk through a map in which several people confirm its notes (keep, edit, remove), until a facilitator
/// closes it. A map has at most one open review; everyone who types <c>review</c> joins it.
/// </summary>
public sealed record Review
{
    public required string MapId { get; init; }
    public required string Id { get; init; }
    public required Person StartedBy { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public ReviewStatus Status { get; init; } = ReviewStatus.Open;
    public Person? ClosedBy { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Every person's latest verdict on every note they confirmed, oldest first.</summary>
    public IReadOnlyList<ReviewConfirmation> Confirmations { get; init; } = [];

    public bool IsOpen => Status == ReviewStatus.Open;

    /// <summary>A new open review of a map.</summary>
    public static Review Start(string mapId, string id, Person by, DateTimeOffset at) => new()
    {
        MapId = mapId,
        Id = id,
        StartedBy = by,
        StartedAt = at,
    };

    /// <summary>Records a verdict, replacing the same person's earlier verdict on that note. Throws when closed.</summary>
    public Review Confirm(ReviewConfirmation confirmation)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        if (!IsOpen)
        {
            throw new InvalidOperationException($"Review '{Id}' is closed.");
        }

        return this with
        {
            Confirmations = [.. Confirmations.Where(c => !SameVote(c, confirmation)), confirmation],
        };
    }

    /// <summary>Closes the review. Throws when it is closed already.</summary>
    public Review Close(Person by, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException($"Review '{Id}' is closed.");
        }

        return this with { Status = ReviewStatus.Closed, ClosedBy = by, ClosedAt = at };
    }

    /// <summary>The verdicts on one note, oldest first.</summary>
    public IReadOnlyList<ReviewConfirmation> On(string noteId) => Confirmations.Where(c => c.NoteId == noteId).ToList();

    /// <summary>Whether <paramref name="userId"/> has given a verdict on the note.</summary>
    public bool HasConfirmed(string noteId, string userId) => Confirmations.Any(c => c.NoteId == noteId && c.By.Id == userId);

    /// <summary>What the review came to, note by note (see <see cref="ReviewTally"/>).</summary>
    public ReviewTally Tally(IEnumerable<string> deletedNoteIds) => ReviewTally.Of(this, deletedNoteIds);

    private static bool SameVote(ReviewConfirmation a, ReviewConfirmation b) => a.NoteId == b.NoteId && a.By.Id == b.By.Id;
}
