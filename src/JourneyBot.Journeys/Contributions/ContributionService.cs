using System.Globalization;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Contributions;

/// <summary>
/// Stores notes however they were collected (dialog, card, shortcut) and takes them back: one place
/// for the rules (validation, who may change what) and the confirmations.
/// </summary>
public sealed class ContributionService(INoteRepository notes, ISubmissionClaims claims, JourneyCards cards, TimeProvider time)
{
    private const int IdAttempts = 5;
    private const int EchoLength = 120;

    /// <summary>Validates and stores a note by the turn's sender, then confirms it with an Undo button.</summary>
    public async Task<Note> AddAsync(TurnContext context, JourneyMap map, NoteDraft draft, CancellationToken cancellationToken)
    {
        var (note, confirmation) = await StoreAsync(context, map, draft, cancellationToken);
        await context.SendActivityAsync(confirmation, cancellationToken);
        return note;
    }

    /// <summary>Validates and stores a note; returns it with its confirmation card, unsent (a card form replaces itself with it).</summary>
    public async Task<(Note Note, Activity Confirmation)> StoreAsync(TurnContext context, JourneyMap map, NoteDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(draft);
        var now = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            var note = NewNote(context, map, draft, NoteIds.New(), now);
            NoteRules.Validate(note, map);
            try
            {
                await notes.AddAsync(map.Scope, note, cancellationToken);
            }
            catch (NoteConflictException) when (attempt < IdAttempts)
            {
                // The short id is taken in this map: draw another.
                continue;
            }

            return (note, Confirmation(context, map, note));
        }
    }

    /// <summary>
    /// Stores the note of one submitted card form once, however often the form is submitted (a double click
    /// arrives as two activities): the first submission claims <paramref name="submissionId"/> (per sender) for
    /// the note's id and time, a later one finds the note stored under the claim and stores nothing.
    /// A claim whose note is missing (the first submission failed part-way, or is still being stored) is completed
    /// with the identical note, which the repository stores once.
    /// </summary>
    public async Task<(Note Note, Activity Confirmation, bool AlreadySaved)> StoreOnceAsync(
        TurnContext context, JourneyMap map, NoteDraft draft, string submissionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(draft);
        var sender = ConversationScopes.SenderOf(context.Activity);
        var key = "note-form|" + submissionId + "|" + sender.Id;
        var now = time.GetUtcNow();
        var claim = await claims.ClaimAsync(map.Scope, map.Id, key, new SubmissionClaim(NoteIds.New(), now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond))), cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var stored = claim.IsNew ? null : await notes.GetAsync(map.Scope, map.Id, claim.ItemId, cancellationToken);
            if (stored is not null && stored.Author.Id == sender.Id && stored.CreatedAt == claim.At)
            {
                return (stored, Confirmation(context, map, stored), true);
            }

            if (stored is null)
            {
                var note = NewNote(context, map, draft, claim.ItemId, claim.At);
                NoteRules.Validate(note, map);
                try
                {
                    await notes.AddAsync(map.Scope, note, cancellationToken);
                    return (note, Confirmation(context, map, note), !claim.IsNew);
                }
                catch (NoteConflictException) when (attempt < IdAttempts)
                {
                    // Another note has the claimed id: claim another below.
                }
            }
            else if (attempt >= IdAttempts)
            {
                throw new NoteConflictException(claim.ItemId);
            }

            claim = await claims.ReassignAsync(map.Scope, map.Id, key, claim, NoteIds.New(), cancellationToken) with { IsNew = claim.IsNew };
        }
    }

    /// <summary>Soft-deletes the sender's latest note on the map, or the note with <paramref name="noteId"/>.</summary>
    public async Task UndoAsync(TurnContext context, JourneyMap map, string? noteId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        var userId = context.Activity.From?.Id ?? string.Empty;
        if (string.IsNullOrWhiteSpace(noteId))
        {
            var all = await notes.ListAsync(map.Scope, map.Id, includeDeleted: false, cancellationToken);
            var latest = all.LastOrDefault(n => n.Author.Id == userId);
            if (latest is null)
            {
                await context.SayAsync(TextKeys.UndoNothing, cancellationToken, map.Name);
                return;
            }

            noteId = latest.Id;
        }

        var undone = await ChangeAsync(context, map, noteId.Trim(), note => note.Delete(ConversationScopes.SenderOf(context.Activity), time.GetUtcNow()), cancellationToken);
        if (undone is not null)
        {
            await context.SayAsync(TextKeys.UndoDone, cancellationToken, undone.Id, Echo(undone.Text));
        }
    }

    public async Task DeleteAsync(TurnContext context, JourneyMap map, string noteId, CancellationToken cancellationToken)
    {
        var deleted = await DeleteNoteAsync(context, map, noteId, cancellationToken);
        if (deleted is not null)
        {
            await context.SayAsync(TextKeys.DeleteDone, cancellationToken, deleted.Id);
        }
    }

    /// <summary>Soft-deletes a note if the sender may (author or facilitator); otherwise says why. Returns the deleted note or null.</summary>
    public Task<Note?> DeleteNoteAsync(TurnContext context, JourneyMap map, string noteId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ChangeAsync(context, map, noteId, note => note.Delete(ConversationScopes.SenderOf(context.Activity), time.GetUtcNow()), cancellationToken);
    }

    /// <summary>Replaces a note's text (keeping the earlier one in its history) if the sender may; otherwise says why. Returns the edited note or null.</summary>
    public Task<Note?> EditNoteAsync(TurnContext context, JourneyMap map, string noteId, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ChangeAsync(context, map, noteId, note => note.Edit(text, ConversationScopes.SenderOf(context.Activity), time.GetUtcNow()), cancellationToken);
    }

    public async Task RestoreAsync(TurnContext context, JourneyMap map, string noteId, CancellationToken cancellationToken)
    {
        var restored = await ChangeAsync(context, map, noteId, note => note.Restore(time.GetUtcNow()), cancellationToken);
        if (restored is not null)
        {
            await context.SayAsync(TextKeys.RestoreDone, cancellationToken, restored.Id, Echo(restored.Text));
        }
    }

    /// <summary><c>edit &lt;id&gt; &lt;new text&gt;</c>: replaces the text, keeping the earlier one in the history.</summary>
    public async Task EditAsync(TurnContext context, JourneyMap map, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parts = (argument ?? string.Empty).Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            await context.SayAsync(TextKeys.EditMissing, cancellationToken);
            return;
        }

        if (parts[1].Length > Note.MaxTextLength)
        {
            await context.SayAsync(TextKeys.AddTextTooLong, cancellationToken, parts[1].Length, Note.MaxTextLength);
            return;
        }

        var edited = await EditNoteAsync(context, map, parts[0], parts[1], cancellationToken);
        if (edited is not null)
        {
            await context.SayAsync(TextKeys.EditDone, cancellationToken, edited.Id);
        }
    }

    /// <summary>Applies a change if the note exists and the sender may change it; otherwise says why and returns null.</summary>
    private async Task<Note?> ChangeAsync(TurnContext context, JourneyMap map, string noteId, Func<Note, Note> change, CancellationToken cancellationToken)
    {
        var userId = context.Activity.From?.Id ?? string.Empty;
        var id = noteId.Trim().Trim('`').ToLowerInvariant();
        var current = id.Length == 0 ? null : await notes.GetAsync(map.Scope, map.Id, id, cancellationToken);
        if (current is null)
        {
            await context.SayAsync(TextKeys.NoteNotFound, cancellationToken, MapText.Truncate(noteId, 20), map.Name);
            return null;
        }

        if (!current.MayBeChangedBy(userId, map))
        {
            await context.SayAsync(TextKeys.NoteNotYours, cancellationToken, current.Id);
            return null;
        }

        try
        {
            // The permission is checked again on the stored version inside the guarded write.
            return await notes.UpdateAsync(map.Scope, map.Id, id, note =>
                note.MayBeChangedBy(userId, map) ? change(note) : throw new NoteRuleException(NoteRule.NotAllowed), cancellationToken);
        }
        catch (NoteRuleException rule) when (rule.Rule == NoteRule.NotAllowed)
        {
            await context.SayAsync(TextKeys.NoteNotYours, cancellationToken, current.Id);
            return null;
        }
    }

    private static Note NewNote(TurnContext context, JourneyMap map, NoteDraft draft, string id, DateTimeOffset at) => new()
    {
        MapId = map.Id,
        Id = id,
        Kind = draft.Kind,
        StageId = draft.StageId,
        LaneId = draft.LaneId,
        ToLaneId = draft.Kind == NoteKind.Handoff ? draft.ToLaneId : null,
        Text = NoteRules.CleanText(draft.Text),
        Score = draft.Kind == NoteKind.Emotion ? draft.Score : null,
        Speaker = Optional(draft.Speaker),
        Channel = Optional(draft.Channel),
        Source = draft.Source,
        Validated = draft.Validated,
        Category = Optional(draft.Category),
        Author = ConversationScopes.SenderOf(context.Activity),
        CreatedAt = at,
        UpdatedAt = at,
    };

    private Activity Confirmation(TurnContext context, JourneyMap map, Note note)
    {
        var culture = context.Culture();
        var stage = map.FindStage(note.StageId)?.Name ?? string.Empty;
        var lane = map.FindLane(note.LaneId)?.Name ?? string.Empty;
        if (note.ToLaneId is not null)
        {
            lane += " → " + map.FindLane(note.ToLaneId)?.Name;
        }

        var text = BotText.Escaped(culture, TextKeys.NoteAdded, new Markup(KindLabel(culture, note)), note.Id, map.Name, stage + " / " + lane, Echo(note.Text));
        return cards.NoteAdded(culture, map.Id, text, note.Id, actionable: note.Kind is NoteKind.RedFlag or NoteKind.Opportunity);
    }

    private static string KindLabel(CultureInfo culture, Note note) =>
        note.Kind == NoteKind.Emotion && note.Score is { } score
            ? $"{NoteKinds.ShortName(culture, note.Kind)} {score.ToString("+0;-0;0", CultureInfo.InvariantCulture)}"
            : NoteKinds.ShortName(culture, note.Kind);

    private static string Echo(string text) => text.Length <= EchoLength ? text : MapText.Truncate(text, EchoLength) + "…";

    private static string? Optional(string? value)
    {
        var clean = MapText.CleanName(value);
        return clean.Length == 0 ? null : MapText.Truncate(clean, Note.MaxFieldLength);
    }
}
