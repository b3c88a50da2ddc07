using System.Globalization;
using System.Text;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Actions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Notes;

namespace JourneyBot.Journeys.Actions;

/// <summary>
/// The map's action plan: <c>action …</c> adds an item (or changes one), <c>actions [all]</c> lists them. The
/// owner, whoever added an item and the map's facilitators may change it. "Today" is the date in the map's time zone (its reminder
/// cadence's).
/// </summary>
public sealed class ActionCommands(IActionItemRepository actions, INoteRepository notes, ISubmissionClaims claims, TimeProvider time)
{
    /// <summary>Items listed by <c>actions</c> before "and N more".</summary>
    public const int Listed = 25;

    private const int IdAttempts = 5;
    private const int EchoLength = 140;

    /// <summary>
    /// True when <paramref name="message"/> (starting with the shared word <c>action</c>/<c>行动</c>) is rather a note
    /// shortcut such as <c>action Purchase/Frontstage: agent calls back</c>: it reads as one and names a stage of the map
    /// (or one close to a stage name).
    /// </summary>
    public static bool IsNoteShortcut(JourneyMap map, string message)
    {
        ArgumentNullException.ThrowIfNull(map);
        var parsed = NoteShortcutParser.Parse(message);
        if (parsed.Shortcut is not { Kind: NoteKind.Action } shortcut)
        {
            return false;
        }

        var stage = NameMatcher.MatchStage(map, shortcut.Stage);
        return stage.IsMatch || stage.Suggestions.Count > 0;
    }

    public Task RunAsync(TurnContext context, JourneyMap map, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        var request = ActionRequestParser.Parse(argument);
        return request.Kind switch
        {
            ActionRequestKind.Create => CreateAsync(context, map, request, cancellationToken),
            ActionRequestKind.FromNote => FromNoteAsync(context, map, request.FromNoteId!, cancellationToken),
            ActionRequestKind.Show => ShowAsync(context, map, request.ItemId!, cancellationToken),
            ActionRequestKind.SetStatus => SetStatusAsync(context, map, request.ItemId!, request.Status!.Value, cancellationToken),
            ActionRequestKind.SetOwner => SetOwnerAsync(context, map, request, cancellationToken),
            ActionRequestKind.SetDue => SetDueAsync(context, map, request, cancellationToken),
            _ => context.SayAsync(TextKeys.ActionUsage, cancellationToken),
        };
    }

    /// <summary><c>actions</c>: open and doing items, most urgent first; <c>actions all</c> (or <paramref name="all"/>): done ones too.</summary>
    public async Task ListAsync(TurnContext context, JourneyMap map, string argument, bool all, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        var culture = context.Culture();
        all = all || BotText.WordsInAllLanguages(TextKeys.WordsActionAll).Any(w => NameComparer.Same(w, argument ?? string.Empty));
        var today = Today(map);
        var items = await actions.ListAsync(map.Scope, map.Id, cancellationToken);
        var pending = ActionPlan.Urgency(items.Where(i => i.IsPending), today).ToList();
        var shown = all ? [.. pending, .. items.Where(i => !i.IsPending).OrderByDescending(i => i.UpdatedAt)] : pending;
        if (shown.Count == 0)
        {
            await context.SayAsync(all ? TextKeys.ActionsNoneAll : TextKeys.ActionsNone, cancellationToken, map.Name);
            return;
        }

        var text = new StringBuilder(all
            ? BotText.Escaped(culture, TextKeys.ActionsTitleAll, map.Name, shown.Count)
            : BotText.Escaped(culture, TextKeys.ActionsTitle, map.Name, pending.Count, pending.Count(i => i.IsOverdue(today))));
        foreach (var item in shown.Take(Listed))
        {
            text.Append("\n\n").Append(Line(culture, item, today));
        }

        if (shown.Count > Listed)
        {
            text.Append("\n\n").Append(BotText.Get(culture, TextKeys.ActionsMore, shown.Count - Listed));
        }

        if (!all && items.Count > pending.Count)
        {
            text.Append("\n\n").Append(BotText.Get(culture, TextKeys.ActionsAllHint));
        }

        await context.SendActivityAsync(text.ToString(), cancellationToken);
    }

    /// <summary><c>action &lt;id&gt;</c>: the item as listed, and how to change it.</summary>
    private async Task ShowAsync(TurnContext context, JourneyMap map, string itemId, CancellationToken cancellationToken)
    {
        var item = await actions.GetAsync(map.Scope, map.Id, itemId, cancellationToken);
        if (item is null)
        {
            await context.SayAsync(TextKeys.ActionNotFound, cancellationToken, itemId, map.Name);
            return;
        }

        var culture = context.Culture();
        await context.SendActivityAsync(Line(culture, item, Today(map)) + "\n\n" + BotText.Get(culture, TextKeys.ActionAddedHint, item.Id), cancellationToken);
    }

    /// <summary>One item as <c>actions</c> lists it: id, status, text; owner, due date, source note.</summary>
    private static string Line(CultureInfo culture, ActionItem item, DateOnly today) => BotText.Escaped(
        culture,
        TextKeys.ActionsLine,
        item.Id,
        new Markup(StatusLabel(culture, item.Status)),
        Echo(item.Text),
        item.Owner.Name,
        new Markup(DueLabel(culture, item, today)),
        new Markup(item.FromNoteId is null ? string.Empty : BotText.Escaped(culture, TextKeys.ActionFromNote, item.FromNoteId)));

    /// <summary>The status in <paramref name="culture"/>: open, doing, done.</summary>
    public static string StatusLabel(CultureInfo culture, ActionStatus status) => BotText.Get(culture, status switch
    {
        ActionStatus.Doing => TextKeys.ActionStatusDoing,
        ActionStatus.Done => TextKeys.ActionStatusDone,
        _ => TextKeys.ActionStatusOpen,
    });

    /// <summary>The due date as shown (ISO), "no date", or marked overdue.</summary>
    public static string DueLabel(CultureInfo culture, ActionItem item, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Due is not { } due)
        {
            return BotText.Get(culture, TextKeys.ActionNoDue);
        }

        return item.IsOverdue(today) ? BotText.Get(culture, TextKeys.ActionOverdue, DueDates.Show(culture, due)) : DueDates.Show(culture, due);
    }

    private async Task CreateAsync(TurnContext context, JourneyMap map, ActionRequest request, CancellationToken cancellationToken)
    {
        if (request.Text.Length > ActionItem.MaxTextLength)
        {
            await context.SayAsync(TextKeys.ActionTooLong, cancellationToken, request.Text.Length, ActionItem.MaxTextLength);
            return;
        }

        DateOnly? due = null;
        if (request.DueText is not null)
        {
            if (!DueDates.TryParse(request.DueText, Today(map), out var date))
            {
                await context.SayAsync(TextKeys.ActionBadDate, cancellationToken, MapText.Truncate(MapText.CleanName(request.DueText), 40));
                return;
            }

            due = date;
        }

        Note? note = null;
        if (request.FromNoteId is { } noteId)
        {
            note = await FindNoteAsync(context, map, noteId, cancellationToken);
            if (note is null)
            {
                return;
            }
        }

        var sender = ConversationScopes.SenderOf(context.Activity);
        var owner = Mentioned(context.Activity, request.OwnerMention) ?? sender;
        await StoreAsync(context, map, request.Text, owner, due, note, cancellationToken);
    }

    /// <summary><c>action from &lt;note id&gt;</c>: the note's text, owned by whoever asked, no due date.</summary>
    private async Task FromNoteAsync(TurnContext context, JourneyMap map, string noteId, CancellationToken cancellationToken)
    {
        if (await FindNoteAsync(context, map, noteId, cancellationToken) is not { } note)
        {
            return;
        }

        var fromNote = (await actions.ListAsync(map.Scope, map.Id, cancellationToken)).Where(i => i.FromNoteId == note.Id).ToList();
        var existing = fromNote.FirstOrDefault(i => i.IsPending);
        if (existing is not null)
        {
            await context.SayAsync(TextKeys.ActionAlreadyFromNote, cancellationToken, note.Id, existing.Id, Echo(existing.Text));
            return;
        }

        // A double click arrives as two turns, maybe at once: they claim the note's next item, so one item is made.
        var sender = ConversationScopes.SenderOf(context.Activity);
        var key = string.Create(CultureInfo.InvariantCulture, $"action-from|{note.Id}|{fromNote.Count}");
        var now = time.GetUtcNow();
        var claim = await claims.ClaimAsync(map.Scope, map.Id, key, new SubmissionClaim(ActionIds.New(), now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond))), cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var stored = claim.IsNew ? null : await actions.GetAsync(map.Scope, map.Id, claim.ItemId, cancellationToken);
            if (stored is null)
            {
                var item = NewItem(context, map, note.Text, sender, null, note, claim.ItemId, claim.At);
                try
                {
                    await actions.AddAsync(map.Scope, item, cancellationToken);
                    if (claim.IsNew)
                    {
                        await SayAddedAsync(context, map, item, cancellationToken);
                    }
                    else
                    {
                        await context.SayAsync(TextKeys.ActionAlreadyFromNote, cancellationToken, note.Id, item.Id, Echo(item.Text));
                    }

                    return;
                }
                catch (ActionItemConflictException) when (attempt < IdAttempts)
                {
                    // The other click stored it first, or another item has the id.
                    stored = await actions.GetAsync(map.Scope, map.Id, claim.ItemId, cancellationToken);
                }
            }

            if (stored is not null && stored.FromNoteId == note.Id && stored.CreatedAt == claim.At)
            {
                await context.SayAsync(TextKeys.ActionAlreadyFromNote, cancellationToken, note.Id, stored.Id, Echo(stored.Text));
                return;
            }

            if (attempt >= IdAttempts)
            {
                throw new ActionItemConflictException(claim.ItemId);
            }

            claim = await claims.ReassignAsync(map.Scope, map.Id, key, claim, ActionIds.New(), cancellationToken) with { IsNew = claim.IsNew };
        }
    }

    private static ActionItem NewItem(TurnContext context, JourneyMap map, string text, Person owner, DateOnly? due, Note? note, string id, DateTimeOffset at)
    {
        var item = new ActionItem
        {
            MapId = map.Id,
            Id = id,
            Text = ActionItemRules.CleanText(text),
            Owner = owner,
            Due = due,
            FromNoteId = note?.Id,
            CreatedBy = ConversationScopes.SenderOf(context.Activity),
            CreatedAt = at,
            UpdatedAt = at,
        };
        ActionItemRules.Validate(item, map, note);
        return item;
    }

    private async Task SayAddedAsync(TurnContext context, JourneyMap map, ActionItem item, CancellationToken cancellationToken)
    {
        var culture = context.Culture();
        var added = BotText.Escaped(
            culture,
            TextKeys.ActionAdded,
            item.Id,
            map.Name,
            Echo(item.Text),
            item.Owner.Name,
            new Markup(DueLabel(culture, item, Today(map))),
            new Markup(item.FromNoteId is null ? string.Empty : BotText.Escaped(culture, TextKeys.ActionFromNote, item.FromNoteId)));
        await context.SendActivityAsync(added + "\n\n" + BotText.Get(culture, TextKeys.ActionAddedHint, item.Id), cancellationToken);
    }

    private async Task StoreAsync(TurnContext context, JourneyMap map, string text, Person owner, DateOnly? due, Note? note, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            var item = NewItem(context, map, text, owner, due, note, ActionIds.New(), now);
            try
            {
                await actions.AddAsync(map.Scope, item, cancellationToken);
            }
            catch (ActionItemConflictException) when (attempt < IdAttempts)
            {
                // The short id is taken in this map: draw another.
                continue;
            }

            await SayAddedAsync(context, map, item, cancellationToken);
            return;
        }
    }

    private async Task SetStatusAsync(TurnContext context, JourneyMap map, string itemId, ActionStatus status, CancellationToken cancellationToken)
    {
        var culture = context.Culture();
        var before = await actions.GetAsync(map.Scope, map.Id, itemId, cancellationToken);
        if (before is { } current && current.Status == status && current.MayBeChangedBy(context.Activity.From?.Id ?? string.Empty, map))
        {
            await context.SayAsync(TextKeys.ActionStatusSame, cancellationToken, current.Id, new Markup(StatusLabel(culture, status)));
            return;
        }

        var by = ConversationScopes.SenderOf(context.Activity);
        var changed = await ChangeAsync(context, map, itemId, before, i => i.WithStatus(status, by, time.GetUtcNow()), cancellationToken);
        if (changed is not null)
        {
            await context.SayAsync(TextKeys.ActionStatusChanged, cancellationToken, changed.Id, new Markup(StatusLabel(culture, changed.Status)), Echo(changed.Text));
        }
    }

    private async Task SetOwnerAsync(TurnContext context, JourneyMap map, ActionRequest request, CancellationToken cancellationToken)
    {
        var owner = Mentioned(context.Activity, request.OwnerMention);
        if (owner is null)
        {
            await context.SayAsync(TextKeys.ActionOwnerMissing, cancellationToken, request.ItemId);
            return;
        }

        var before = await actions.GetAsync(map.Scope, map.Id, request.ItemId!, cancellationToken);
        var changed = await ChangeAsync(context, map, request.ItemId!, before, i => i.WithOwner(owner, time.GetUtcNow()), cancellationToken);
        if (changed is not null)
        {
            await context.SayAsync(TextKeys.ActionOwnerChanged, cancellationToken, changed.Id, changed.Owner.Name);
        }
    }

    private async Task SetDueAsync(TurnContext context, JourneyMap map, ActionRequest request, CancellationToken cancellationToken)
    {
        if (!DueDates.TryParse(request.DueText, Today(map), out var due))
        {
            await context.SayAsync(TextKeys.ActionBadDate, cancellationToken, MapText.Truncate(MapText.CleanName(request.DueText), 40));
            return;
        }

        var before = await actions.GetAsync(map.Scope, map.Id, request.ItemId!, cancellationToken);
        var changed = await ChangeAsync(context, map, request.ItemId!, before, i => i.WithDue(due, time.GetUtcNow()), cancellationToken);
        if (changed is not null)
        {
            await context.SayAsync(TextKeys.ActionDueChanged, cancellationToken, changed.Id, new Markup(DueDates.Show(context.Culture(), due)));
        }
    }

    /// <summary>Applies a change if the item exists and the sender may change it; otherwise says why and returns null.</summary>
    private async Task<ActionItem?> ChangeAsync(TurnContext context, JourneyMap map, string itemId, ActionItem? current, Func<ActionItem, ActionItem> change, CancellationToken cancellationToken)
    {
        var userId = context.Activity.From?.Id ?? string.Empty;
        if (current is null)
        {
            await context.SayAsync(TextKeys.ActionNotFound, cancellationToken, itemId, map.Name);
            return null;
        }

        if (!current.MayBeChangedBy(userId, map))
        {
            await context.SayAsync(TextKeys.ActionNotYours, cancellationToken, current.Id);
            return null;
        }

        try
        {
            // The permission is checked again on the stored version inside the guarded write.
            return await actions.UpdateAsync(map.Scope, map.Id, itemId, item =>
                item.MayBeChangedBy(userId, map) ? change(item) : throw new ActionItemRuleException(ActionItemRule.NotAllowed), cancellationToken);
        }
        catch (ActionItemRuleException rule) when (rule.Rule == ActionItemRule.NotAllowed)
        {
            await context.SayAsync(TextKeys.ActionNotYours, cancellationToken, current.Id);
            return null;
        }
        catch (ActionItemNotFoundException)
        {
            await context.SayAsync(TextKeys.ActionNotFound, cancellationToken, itemId, map.Name);
            return null;
        }
    }

    /// <summary>The note, when it is on the map and not deleted; otherwise says so and returns null.</summary>
    private async Task<Note?> FindNoteAsync(TurnContext context, JourneyMap map, string noteId, CancellationToken cancellationToken)
    {
        var id = noteId.Trim().Trim('`').ToLowerInvariant();
        var note = id.Length == 0 ? null : await notes.GetAsync(map.Scope, map.Id, id, cancellationToken);
        if (note is null || note.IsDeleted)
        {
            await context.SayAsync(TextKeys.ActionNoteNotFound, cancellationToken, MapText.Truncate(id, 20), map.Name);
            return null;
        }

        return note;
    }

    private DateOnly Today(JourneyMap map) => map.LocalDate(time.GetUtcNow());

    /// <summary>
    /// The person in the mention <paramref name="markup"/> (<c>&lt;at&gt;Name&lt;/at&gt;</c>), or with no markup the first
    /// person mentioned other than the bot; null when nobody is.
    /// </summary>
    private static Person? Mentioned(Activity activity, string? markup)
    {
        var mentions = (activity.Entities ?? [])
            .Where(e => e.Type == Entity.MentionType && e.Mentioned?.Id is { Length: > 0 } && e.Mentioned.Id != activity.Recipient?.Id)
            .ToList();
        var entity = markup is null
            ? mentions.FirstOrDefault()
            : mentions.FirstOrDefault(e => e.Text == markup)
                ?? mentions.FirstOrDefault(e => NameComparer.Same(e.Mentioned!.Name ?? string.Empty, markup[4..^5]))
                ?? mentions.FirstOrDefault();
        return entity is null ? null : new Person(entity.Mentioned!.Id!, MapText.CleanName(entity.Mentioned.Name));
    }

    private static string Echo(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= EchoLength ? line : MapText.Truncate(line, EchoLength) + "…";
    }
}
