using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Domain.Actions;

/// <summary>What an action item must satisfy before it is stored.</summary>
public static class ActionItemRules
{
    /// <summary>
    /// The text trimmed, without control characters other than line breaks. Throws
    /// <see cref="ActionItemRuleException"/> when empty or longer than <see cref="ActionItem.MaxTextLength"/>.
    /// </summary>
    public static string CleanText(string? text)
    {
        try
        {
            return NoteRules.CleanText(text);
        }
        catch (NoteRuleException rule)
        {
            throw new ActionItemRuleException(rule.Rule == NoteRule.EmptyText ? ActionItemRule.EmptyText : ActionItemRule.TextTooLong);
        }
    }

    /// <summary>
    /// Checks a new item against its map: a valid text, and, when it comes from a note, that note
    /// (<paramref name="fromNote"/>, as looked up) exists on the same map and is not deleted.
    /// </summary>
    public static void Validate(ActionItem item, JourneyMap map, Note? fromNote)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(map);
        CleanText(item.Text);
        if (item.MapId != map.Id)
        {
            throw new ArgumentException($"Action item '{item.Id}' belongs to map '{item.MapId}', not '{map.Id}'.", nameof(item));
        }

        if (item.FromNoteId is not null && (fromNote is null || fromNote.Id != item.FromNoteId || fromNote.MapId != map.Id || fromNote.IsDeleted))
        {
            throw new ActionItemRuleException(ActionItemRule.UnknownNote);
        }
    }
}
