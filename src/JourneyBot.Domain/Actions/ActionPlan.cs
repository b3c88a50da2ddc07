namespace JourneyBot.Domain.Actions;

/// <summary>
/// The pending part of a map's action plan at a glance: how many items are open or in progress, how many of
/// them are overdue, and the most urgent ones (overdue first, then by due date, items without one last).
/// </summary>
public sealed record ActionPlan(int PendingCount, int OverdueCount, IReadOnlyList<ActionItem> MostUrgent, DateOnly Today)
{
    /// <summary>The plan of <paramref name="items"/> as of <paramref name="today"/>, keeping the <paramref name="top"/> most urgent.</summary>
    public static ActionPlan Of(IEnumerable<ActionItem> items, DateOnly today, int top)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var pending = Urgency(items.Where(i => i.IsPending), today).ToList();
        return new ActionPlan(pending.Count, pending.Count(i => i.IsOverdue(today)), pending.Take(top).ToList(), today);
    }

    /// <summary>Overdue first, then by due date, items without a due date last; older items first among equals.</summary>
    public static IEnumerable<ActionItem> Urgency(IEnumerable<ActionItem> items, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items
            .OrderBy(i => i.IsOverdue(today) ? 0 : 1)
            .ThenBy(i => i.Due is null ? 1 : 0)
            .ThenBy(i => i.Due)
            .ThenBy(i => i.CreatedAt)
            .ThenBy(i => i.Id, StringComparer.Ordinal);
    }
}
