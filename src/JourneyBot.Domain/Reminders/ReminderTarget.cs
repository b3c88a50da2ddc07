namespace JourneyBot.Domain.Reminders;

/// <summary>The conversation a map's reminders go to, as its conversation reference was saved.</summary>
/// <param name="TenantId">The conversation's tenant, or null outside Teams.</param>
/// <param name="ConversationId">The conversation id the reference was saved under.</param>
public sealed record ReminderTarget(string? TenantId, string ConversationId);
