namespace JourneyBot.Domain.Reminders;

/// <summary>
/// A due reminder this dispatcher won the right to send (no other instance sends it while the claim's
/// lease lasts). <see cref="Token"/> is the store's own handle on the claimed row.
/// </summary>
public sealed record ReminderClaim(ReminderEntry Entry, string Token);
