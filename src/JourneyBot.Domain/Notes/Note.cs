using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Notes;

/// <summary>
/// One contribution to a map, at a stage and a lane, by one person. Edits keep the earlier texts;
/// deleting only marks the note.
/// </summary>
public sealed record Note
{
    /// <summary>The longest note text accepted.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>The longest extra field (channel, speaker, category) accepted.</summary>
    public const int MaxFieldLength = 100;

    public const int MinScore = -2;
    public const int MaxScore = 2;

    public required string MapId { get; init; }

    /// <summary>Short id people type to edit or undo (unique within the map).</summary>
    public required string Id { get; init; }

    public required NoteKind Kind { get; init; }
    public required string StageId { get; init; }

    /// <summary>The lane; for a hand-off, the lane it comes from.</summary>
    public required string LaneId { get; init; }
    public required string Text { get; init; }
    public required Person Author { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Optional colour-coding: assessment, referral, solution, hand-off...</summary>
    public string? Category { get; init; }

    /// <summary>Touchpoint: the channel (website, hotline, store, app...).</summary>
    public string? Channel { get; init; }

    /// <summary>Emotion: -2 (very negative) .. +2 (very positive).</summary>
    public int? Score { get; init; }

    /// <summary>Quote: who said it.</summary>
    public string? Speaker { get; init; }

    /// <summary>Hand-off: the lane it goes to.</summary>
    public string? ToLaneId { get; init; }

    public EvidenceSource? Source { get; init; }

    /// <summary>Evidence: whether it was validated with real customers.</summary>
    public bool? Validated { get; init; }

    public IReadOnlyList<NoteRevision> History { get; init; } = [];

    public DateTimeOffset? DeletedAt { get; init; }
    public Person? DeletedBy { get; init; }

    /// <summary>Set when the note was archived because its stage or lane was removed.</summary>
    public bool Archived { get; init; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Whether <paramref name="userId"/> may edit or delete this note: its author, or a facilitator.</summary>
    public bool MayBeChangedBy(string userId, JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Author.Id == userId || map.IsFacilitator(userId);
    }

    /// <summary>Replaces the text, keeping the previous one in <see cref="History"/>.</summary>
    public Note Edit(string text, Person editor, DateTimeOffset now)
    {
        var clean = NoteRules.CleanText(text);
        return this with
        {
            Text = clean,
            History = [.. History, new NoteRevision(Text, editor, now)],
            UpdatedAt = now,
        };
    }

    /// <summary>Marks the note deleted (it stays stored and can be restored).</summary>
    public Note Delete(Person by, DateTimeOffset now) => this with { DeletedAt = now, DeletedBy = by, UpdatedAt = now };

    public Note Restore(DateTimeOffset now) => this with { DeletedAt = null, DeletedBy = null, Archived = false, UpdatedAt = now };
}
