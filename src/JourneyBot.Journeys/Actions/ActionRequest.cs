using JourneyBot.Domain.Actions;

namespace JourneyBot.Journeys.Actions;

/// <summary>An <c>action …</c> message, read (see <see cref="ActionRequestParser"/>); nothing checked against the map yet.</summary>
/// <param name="Kind">What is asked.</param>
/// <param name="ItemId">The action item to change, for the Set kinds.</param>
/// <param name="Text">The action's text, for <see cref="ActionRequestKind.Create"/> (mention markup replaced by the names).</param>
/// <param name="Status">The new status, for <see cref="ActionRequestKind.SetStatus"/>.</param>
/// <param name="OwnerMention">The <c>&lt;at&gt;…&lt;/at&gt;</c> markup after the owner word, or null.</param>
/// <param name="DueText">What followed the due word, or null when there was none.</param>
/// <param name="FromNoteId">The note id after the from word, or null.</param>
public sealed record ActionRequest(
    ActionRequestKind Kind,
    string? ItemId = null,
    string Text = "",
    ActionStatus? Status = null,
    string? OwnerMention = null,
    string? DueText = null,
    string? FromNoteId = null);
