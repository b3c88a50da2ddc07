using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Domain.Actions;

/// <summary>
/// One item of a map's action plan: what will change, who owns it, by when, and how far it got. It may come
/// from a note (a red flag or an opportunity, usually). Status changes keep their history.
/// </summary>
/// <remarks>
/// The due date is a calendar date without a time zone: callers judge "today" and "overdue" by the date in
/// the map's time zone (<see cref="JourneyBot.Domain.Maps.JourneyMap.LocalDate"/>).
/// </remarks>
public sealed record ActionItem
{
    /// <summary>The longest action text accepted (as for notes).</summary>
    public const int MaxTextLength = Note.MaxTextLength;

    public required string MapId { get; init; }

    /// <summary>Short id people type to change the item (unique within the map).</summary>
    public required string Id { get; init; }

    public required string Text { get; init; }

    public required Person Owner { get; init; }

    /// <summary>The day it should be done by, if anyone said.</summary>
    public DateOnly? Due { get; init; }

    public ActionStatus Status { get; init; } = ActionStatus.Open;

    /// <summary>The note of the same map this item was made from, if any.</summary>
    public string? FromNoteId { get; init; }

    public required Person CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Every status change, oldest first.</summary>
    public IReadOnlyList<ActionStatusChange> History { get; init; } = [];

    /// <summary>Open or doing: still to be done.</summary>
    public bool IsPending => Status != ActionStatus.Done;

    /// <summary>Pending with a due date before <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) => IsPending && Due is { } due && due < today;


    /// <summary>Whether <paramref name="userId"/> may change this item: its owner, its creator, or a facilitator of the map.</summary>
    public bool MayBeChangedBy(string userId, JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Owner.Id == userId || CreatedBy.Id == userId || map.IsFacilitator(userId);
    }

    /// <summary>Moves the item to <paramref name="status"/>, recording the change; the same status changes nothing.</summary>
    public ActionItem WithStatus(ActionStatus status, Person by, DateTimeOffset now) =>
        status == Status
            ? this
            : this with { Status = status, History = [.. History, new ActionStatusChange(Status, status, by, now)], UpdatedAt = now };

    public ActionItem WithOwner(Person owner, DateTimeOffset now) => this with { Owner = owner, UpdatedAt = now };

    public ActionItem WithDue(DateOnly? due, DateTimeOffset now) => this with { Due = due, UpdatedAt = now };
}
