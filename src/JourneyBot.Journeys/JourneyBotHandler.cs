using System.Text.Json.Nodes;
using JourneyBot.BotKit.Connector;
using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.State;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Actions;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Commands;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Dialogs;
using JourneyBot.Journeys.Exports;
using JourneyBot.Journeys.Languages;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Maps;
using JourneyBot.Journeys.Notes;
using JourneyBot.Journeys.Reminders;
using JourneyBot.Journeys.Reviews;
using JourneyBot.Journeys.Summaries;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Journeys;

/// <summary>
/// The turn handler: routes each activity to a dialog or a command and saves the person's dialog
/// state. Typed text answers an open question; a card button always starts its command afresh.
/// </summary>
internal sealed partial class JourneyBotHandler(
    DialogRunner dialogs,
    MapCommands commands,
    MapSelection selection,
    ContributionService contributions,
    NoteCommands noteCommands,
    NoteForm noteForm,
    IMapRepository maps,
    MapEditCommands edits,
    SummaryCommands summaries,
    JourneyCards cards,
    IConversationReferenceStore references,
    ExportCommands exports,
    ImportCommands imports,
    ActionCommands actionItems,
    ReminderCommands reminders,
    ReviewCommands reviews,
    LanguageResolver languages,
    LanguageCommands languageCommands,
    ILogger<JourneyBotHandler> logger) : IBot
{
    private const int EchoLength = 60;

    public Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => OnInvokeAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private async Task OnMessageAsync(TurnContext context, CancellationToken cancellationToken)
    {
        // Everything this turn says is in the sender's language; their stored choice usually comes from memory.
        await languages.ResolveAsync(context, cancellationToken);
        var activity = context.Activity;
        if (NoteForm.IsSubmission(activity.Value))
        {
            await SubmitNoteFormAsync(context, (JsonObject)activity.Value!, cancellationToken);
            return;
        }

        var buttonCommand = CommandFromCard(activity.Value);
        var text = buttonCommand ?? MentionText.RemoveBotMention(activity, activity.Recipient?.Id);
        await HandleAsync(context, text, fromButton: buttonCommand is not null, cancellationToken);
    }

    private async Task OnInvokeAsync(TurnContext context, CancellationToken cancellationToken)
    {
        // Universal Actions (Action.Execute) arrive as adaptiveCard/action invokes; other invokes are not ours.
        if (context.Activity.Name != "adaptiveCard/action")
        {
            return;
        }

        await languages.ResolveAsync(context, cancellationToken);

        // Any part may be of the wrong shape (a forged or broken card): indexing a non-object would throw.
        var data = ((context.Activity.Value as JsonObject)?["action"] as JsonObject)?["data"];
        if (NoteForm.IsSubmission(data))
        {
            await SubmitNoteFormAsync(context, (JsonObject)data!, cancellationToken);
            return;
        }

        var command = CommandFromCard(data);
        if (command is not null)
        {
            await HandleAsync(context, command, fromButton: true, cancellationToken);
        }

        context.InvokeResponse = MessageInvokeResponse(string.Empty);
    }

    private async Task HandleAsync(TurnContext context, string text, bool fromButton, CancellationToken cancellationToken)
    {
        var session = await dialogs.LoadAsync(context, cancellationToken);
        try
        {
            if (session.IsActive && !fromButton && await DuringReviewAsync(context, session, text, cancellationToken))
            {
                // Handled: a pause, or a review command typed while reviewing.
            }
            else if (session.IsActive && !fromButton)
            {
                await session.ContinueAsync(text, cancellationToken);
            }
            else
            {
                session.Reset();
                await RunCommandAsync(context, session, CommandParser.Parse(text), text, cancellationToken);
            }

            await session.SaveAsync(cancellationToken);
        }
        catch (StateConflictException exception)
        {
            LogStateConflict(logger, exception, context.Activity.Id);
            await context.SayAsync(TextKeys.ErrorBusy, cancellationToken);
        }
    }

    private async Task RunCommandAsync(TurnContext context, DialogSession session, ParsedCommand command, string text, CancellationToken cancellationToken)
    {
        LogCommand(logger, command.Kind, context.Activity.Conversation?.ConversationType);
        switch (command.Kind)
        {
            case CommandKind.NewMap:
                await session.BeginAsync(DialogIds.NewMap, new NewMapState { Name = command.Argument }, cancellationToken);
                break;
            case CommandKind.AddStage:
                await BeginAddStageAsync(context, session, command.Argument, cancellationToken);
                break;
            case CommandKind.Maps:
                await commands.ListAsync(context, cancellationToken);
                break;
            case CommandKind.Use:
                await commands.UseAsync(context, command.Argument, cancellationToken);
                break;
            case CommandKind.ShowMap:
                await commands.ShowAsync(context, cancellationToken);
                break;
            case CommandKind.AddNote:
                await WithCurrentMapAsync(context, (map, ct) => BeginAddNoteAsync(context, session, map, command.Argument, ct), cancellationToken);
                break;
            case CommandKind.Notes:
                await WithCurrentMapAsync(context, (map, ct) => noteCommands.ListAsync(context, map, command.Argument, ct), cancellationToken);
                break;
            case CommandKind.Undo:
                await WithCurrentMapAsync(context, (map, ct) => contributions.UndoAsync(context, map, command.Argument, ct), cancellationToken);
                break;
            case CommandKind.Edit:
                await WithCurrentMapAsync(context, (map, ct) => contributions.EditAsync(context, map, command.Argument, ct), cancellationToken);
                break;
            case CommandKind.DeleteNote:
                await WithCurrentMapAsync(context, (map, ct) => contributions.DeleteAsync(context, map, command.Argument, ct), cancellationToken);
                break;
            case CommandKind.Restore:
                await WithCurrentMapAsync(context, (map, ct) => contributions.RestoreAsync(context, map, command.Argument, ct), cancellationToken);
                break;
            case CommandKind.AddLane:
                await WithCurrentMapAsync(context, (map, ct) => edits.AddLaneAsync(context, map, command.Argument, ct), cancellationToken);
                break;
            case CommandKind.RenameStage or CommandKind.RenameLane:
                await WithCurrentMapAsync(context, (map, ct) => edits.RenameAsync(context, map, command.Argument, command.Kind == CommandKind.RenameLane, ct), cancellationToken);
                break;
            case CommandKind.MoveStage or CommandKind.MoveLane:
                await WithCurrentMapAsync(context, (map, ct) => edits.MoveAsync(context, map, command.Argument, command.Kind == CommandKind.MoveLane, ct), cancellationToken);
                break;
            case CommandKind.RemoveStage or CommandKind.RemoveLane:
                await WithCurrentMapAsync(context, (map, ct) => BeginRemoveAsync(context, session, map, command.Argument, command.Kind == CommandKind.RemoveLane, ct), cancellationToken);
                break;
            case CommandKind.Owner:
                await WithCurrentMapAsync(context, (map, ct) => edits.SetOwnerAsync(context, map, command.Argument, ct), cancellationToken);
                break;
            case CommandKind.Facilitator:
                await WithCurrentMapAsync(context, (map, ct) => edits.AddFacilitatorAsync(context, map, ct), cancellationToken);
                break;
            case CommandKind.RenameMap:
                await WithCurrentMapAsync(context, (map, ct) => edits.RenameMapAsync(context, map, command.Argument, ct), cancellationToken);
                break;
            case CommandKind.DeleteMap:
                await WithCurrentMapAsync(
                    context,
                    async (map, ct) =>
                    {
                        if (await MapEditCommands.EnsureFacilitatorAsync(context, map, ct))
                        {
                            await session.BeginAsync(DialogIds.DeleteMap, new DeleteMapState { MapId = map.Id }, ct);
                        }
                    },
                    cancellationToken);
                break;
            case CommandKind.Summary:
                await WithCurrentMapAsync(context, (map, ct) => summaries.ShowAsync(context, map, command.Argument, ct), cancellationToken);
                break;
            case CommandKind.ActionItem:
                await WithCurrentMapAsync(
                    context,
                    (map, ct) => ActionCommands.IsNoteShortcut(map, text)
                        ? UnknownOrShortcutAsync(context, session, text, ct)
                        : actionItems.RunAsync(context, map, command.Argument, ct),
                    cancellationToken);
                break;
            case CommandKind.ActionItems or CommandKind.AllActionItems:
                await WithCurrentMapAsync(context, (map, ct) => actionItems.ListAsync(context, map, command.Argument, command.Kind == CommandKind.AllActionItems, ct), cancellationToken);
                break;
            case CommandKind.Remind:
                await WithCurrentMapAsync(context, (map, ct) => reminders.RemindAsync(context, map, command.Argument, ct), cancellationToken);
                break;
            case CommandKind.Review:
                await WithCurrentMapAsync(context, (map, ct) => reviews.StartAsync(context, session, map, ct), cancellationToken);
                break;
            case CommandKind.ReviewStatus:
                await WithCurrentMapAsync(context, (map, ct) => reviews.StatusAsync(context, map, ct), cancellationToken);
                break;
            case CommandKind.CloseReview:
                await WithCurrentMapAsync(context, async (map, ct) => await reviews.CloseAsync(context, map, ct), cancellationToken);
                break;
            case CommandKind.Language when LanguageCommands.IsAboutMap(command.Argument, out var mapArgument):
                await WithCurrentMapAsync(context, (map, ct) => languageCommands.MapAsync(context, map, mapArgument, ct), cancellationToken);
                break;
            case CommandKind.Language:
                await languageCommands.PersonAsync(context, command.Argument, cancellationToken);
                break;
            case CommandKind.Help:
                await context.SendActivityAsync(cards.Help(context.Culture()), cancellationToken);
                break;
            case CommandKind.Cancel:
                await context.SayAsync(TextKeys.CancelNothing, cancellationToken);
                break;
            case CommandKind.Export:
                await WithCurrentMapAsync(context, (map, ct) => exports.ExportAsync(context, map, command.Argument, ct), cancellationToken);
                break;
            case CommandKind.Import:
                await imports.ImportAsync(context, cancellationToken);
                break;
            case CommandKind.Empty when ImportSources.HasFile(context.Activity):
                // A JSON file sent without a word (as Teams does when a file is dropped into the chat) is an import.
                await imports.ImportAsync(context, cancellationToken);
                break;
            case CommandKind.Empty:
                await context.SayAsync(TextKeys.EmptyMessage, cancellationToken);
                break;
            default:
                await UnknownOrShortcutAsync(context, session, command.Argument, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// While someone walks a review: <c>cancel</c> pauses it (their verdicts are stored, the review stays open),
    /// <c>review status</c> answers and repeats the open question, <c>close review</c> closes it (or, refused,
    /// repeats the open question).
    /// </summary>
    private async Task<bool> DuringReviewAsync(TurnContext context, DialogSession session, string text, CancellationToken cancellationToken)
    {
        if (!session.Dialogs.State.Stack.Any(frame => frame.Id == DialogIds.Review))
        {
            return false;
        }

        var command = CommandParser.Parse(text);
        switch (command.Kind)
        {
            case CommandKind.Cancel when command.Argument.Length == 0:
                session.Reset();
                await context.SayAsync(TextKeys.ReviewPaused, cancellationToken);
                return true;
            case CommandKind.ReviewStatus when command.Argument.Length == 0:
                await WithCurrentMapAsync(context, (map, ct) => reviews.StatusAsync(context, map, ct), cancellationToken);
                await session.Dialogs.RepromptDialogAsync(cancellationToken);
                return true;
            case CommandKind.CloseReview when command.Argument.Length == 0:
                var closed = false;
                await WithCurrentMapAsync(context, async (map, ct) => closed = await reviews.CloseAsync(context, map, ct), cancellationToken);
                if (closed)
                {
                    session.Reset();
                }
                else
                {
                    await session.Dialogs.RepromptDialogAsync(cancellationToken);
                }

                return true;
            default:
                return false;
        }
    }

    private Task BeginAddStageAsync(TurnContext context, DialogSession session, string name, CancellationToken cancellationToken) =>
        WithCurrentMapAsync(context, (map, ct) => session.BeginAsync(DialogIds.AddStage, new AddStageState { MapId = map.Id, Name = name }, ct), cancellationToken);

    private static async Task BeginRemoveAsync(TurnContext context, DialogSession session, JourneyMap map, string name, bool lane, CancellationToken cancellationToken)
    {
        if (!await MapEditCommands.EnsureFacilitatorAsync(context, map, cancellationToken)
            || await MapEditCommands.FindAsync(context, map, name, lane, cancellationToken) is not { } place)
        {
            return;
        }

        var state = new RemovePlaceState { MapId = map.Id, IsLane = lane, PlaceId = place.Id, PlaceName = place.Name };
        await session.BeginAsync(DialogIds.RemovePlace, state, cancellationToken);
    }

    /// <summary>A one-line note (<c>red flag Purchase/Billing: ...</c>), or else a hint that the text was not understood.</summary>
    private async Task UnknownOrShortcutAsync(TurnContext context, DialogSession session, string text, CancellationToken cancellationToken)
    {
        var parsed = NoteShortcutParser.Parse(text);
        if (parsed.Error == NoteShortcutError.NotAShortcut)
        {
            await context.SayAsync(TextKeys.UnknownCommand, cancellationToken, MapText.Truncate(text, EchoLength));
            return;
        }

        if (!parsed.Succeeded)
        {
            var (key, arg) = parsed.Error switch
            {
                NoteShortcutError.MissingStage => (TextKeys.ShortcutMissingStage, (object?)null),
                NoteShortcutError.MissingText => (TextKeys.ShortcutMissingText, null),
                NoteShortcutError.MissingScore or NoteShortcutError.ScoreOutOfRange => (TextKeys.ShortcutScore, null),
                NoteShortcutError.HandoffNeedsTwoLanes => (TextKeys.ShortcutHandoff, null),
                NoteShortcutError.FieldTooLong => (TextKeys.ShortcutFieldTooLong, Note.MaxFieldLength),
                _ => (TextKeys.ShortcutTooLong, Note.MaxTextLength),
            };
            await context.SayAsync(key, cancellationToken, arg);
            return;
        }

        await WithCurrentMapAsync(context, (map, ct) => session.BeginAsync(DialogIds.ShortcutNote, ShortcutNoteDialog.StateFor(map, parsed.Shortcut!), ct), cancellationToken);
    }

    /// <summary>
    /// <c>add</c>: in Teams the one-card form; <c>add &lt;kind&gt;</c>, <c>add step by step</c> or another channel:
    /// the guided dialog (with the kind already chosen when given).
    /// </summary>
    private async Task BeginAddNoteAsync(TurnContext context, DialogSession session, JourneyMap map, string argument, CancellationToken cancellationToken)
    {
        var culture = context.Culture();
        var guided = BotText.WordsInAllLanguages(TextKeys.WordsGuided).Any(w => NameComparer.Same(w, argument));
        var inTeams = context.Activity.ChannelId == "msteams";
        if (argument.Length == 0 && inTeams && map.Stages.Count > 0 && map.Lanes.Count > 0)
        {
            await context.SendActivityAsync(noteForm.Card(culture, map), cancellationToken);
            return;
        }

        var state = new AddNoteState { MapId = map.Id };
        if (!guided && NoteKinds.TryParse(argument, out var kind))
        {
            state.Kind = kind;
        }

        await session.BeginAsync(DialogIds.AddNote, state, cancellationToken);
    }

    /// <summary>
    /// A submitted note form: stores the note and turns the card into the confirmation (the invoke
    /// response for Action.Execute, an update of the card for Action.Submit); otherwise says what is missing.
    /// </summary>
    private async Task SubmitNoteFormAsync(TurnContext context, JsonObject data, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var culture = context.Culture();
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        var values = NoteForm.Values(data);

        // The map id comes from the card: look it up only within this conversation's own scope.
        var map = values.MapId.Length == 0 ? null : await maps.GetAsync(ConversationScopes.For(activity), values.MapId, cancellationToken);
        var (draft, problem) = map is null ? (null, TextKeys.FormMapGone) : NoteForm.ToDraft(map, values);
        Activity? confirmation = null;
        if (draft is not null)
        {
            try
            {
                if (values.SubmissionId.Length == 0)
                {
                    confirmation = (await contributions.StoreAsync(context, map!, draft, cancellationToken)).Confirmation;
                }
                else
                {
                    var (note, card, already) = await contributions.StoreOnceAsync(context, map!, draft, values.SubmissionId, cancellationToken);
                    if (already)
                    {
                        // A double click: the first click's confirmation replaced the form already; say where the note is.
                        var saved = BotText.Get(culture, TextKeys.FormAlreadySaved, note.Id);
                        if (isInvoke)
                        {
                            context.InvokeResponse = MessageInvokeResponse(saved);
                        }
                        else
                        {
                            await context.SendActivityAsync(saved, cancellationToken);
                        }

                        return;
                    }

                    confirmation = card;
                }
            }
            catch (NoteRuleException rule)
            {
                problem = rule.Rule switch
                {
                    NoteRule.TextTooLong => TextKeys.FormTextTooLong,
                    NoteRule.EmptyText => TextKeys.FormNeedText,
                    _ => TextKeys.FormNeedPlace,
                };
            }
        }

        if (confirmation is null)
        {
            var message = BotText.Get(culture, TextKeys.FormMissing, BotText.Get(culture, problem!, Note.MaxTextLength));
            if (isInvoke)
            {
                context.InvokeResponse = map is null ? MessageInvokeResponse(message) : CardInvokeResponse(noteForm.Card(culture, map, values, message));
            }
            else
            {
                await context.SendActivityAsync(message, cancellationToken);
            }

            return;
        }

        if (isInvoke)
        {
            context.InvokeResponse = CardInvokeResponse(confirmation);
            return;
        }

        await ReplaceOrSendAsync(context, confirmation, cancellationToken);
    }

    private async Task ReplaceOrSendAsync(TurnContext context, Activity card, CancellationToken cancellationToken)
    {
        var formMessageId = context.Activity.ReplyToId;
        if (!string.IsNullOrEmpty(formMessageId))
        {
            try
            {
                await context.UpdateActivityAsync(card with { Id = formMessageId }, cancellationToken);
                return;
            }
            catch (ConnectorException exception)
            {
                // Some channels cannot update messages: the confirmation then comes as a new one.
                LogUpdateFailed(logger, exception, exception.StatusCode);
            }
        }

        await context.SendActivityAsync(card, cancellationToken);
    }

    private static InvokeResponse MessageInvokeResponse(string text) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text,
    });

    private static InvokeResponse CardInvokeResponse(Activity card) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = Attachment.AdaptiveCardContentType,
        ["value"] = card.Attachments![0].Content!.DeepClone(),
    });

    /// <summary>
    /// Runs <paramref name="action"/> on the map a clicked card is about (its data's <c>mapId</c>, looked up only
    /// within this conversation's scope), else on the sender's current map; or explains why there is none.
    /// </summary>
    private async Task WithCurrentMapAsync(TurnContext context, Func<JourneyMap, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (CardMapId(activity) is { } cardMapId)
        {
            // A card's button acts on the card's map, whichever map is current now; a map deleted since (or one of
            // another team, in a forged submit) is not found here.
            var cardMap = cardMapId.Length == 0 ? null : await maps.GetAsync(ConversationScopes.For(activity), cardMapId, cancellationToken);
            if (cardMap is null)
            {
                await context.SayAsync(TextKeys.ButtonMapGone, cancellationToken);
                return;
            }

            context.UseMapDefault(cardMap.Language);
            await action(await reminders.AdoptAsync(context, cardMap, cancellationToken), cancellationToken);
            return;
        }

        var lookup = await selection.CurrentAsync(ConversationScopes.For(activity), activity.From?.Id ?? string.Empty, cancellationToken);
        if (lookup.Map is null)
        {
            await MapCommands.SayNoMapAsync(context, lookup.Problem, cancellationToken);
            return;
        }

        context.UseMapDefault(lookup.Map.Language);
        await action(await reminders.AdoptAsync(context, lookup.Map, cancellationToken), cancellationToken);
    }

    private async Task OnConversationUpdateAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var botId = activity.Recipient?.Id;
        if (activity.MembersAdded?.Any(m => m?.Id == botId) != true)
        {
            return;
        }

        await references.SaveAsync(activity.GetConversationReference(), cancellationToken);
        var inGroup = activity.Conversation?.IsGroup == true;
        await context.SendActivityAsync(cards.Welcome(context.Culture(), inGroup), cancellationToken);
    }

    private Task OnInstallationUpdateAsync(TurnContext context, CancellationToken cancellationToken)
    {
        // Teams sends a conversationUpdate with the bot as a new member too; that one says welcome.
        var action = context.Activity.Action ?? string.Empty;
        return action.StartsWith("add", StringComparison.OrdinalIgnoreCase)
            ? references.SaveAsync(context.Activity.GetConversationReference(), cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>The map id a clicked card button carries next to its command (<c>{"command": "undo k3f9", "mapId": "m1"}</c>), if any.</summary>
    private static string? CardMapId(Activity activity)
    {
        var data = activity.Type == ActivityTypes.Invoke ? (activity.Value as JsonObject)?["action"]?["data"] : activity.Value;
        if (CommandFromCard(data) is null)
        {
            return null;
        }

        try
        {
            return data is JsonObject obj && obj["mapId"] is JsonValue id && id.TryGetValue<string>(out var text) ? text.Trim() : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The command a card button carries in its data (<c>{"command": "show map"}</c>), if any.</summary>
    private static string? CommandFromCard(JsonNode? value)
    {
        try
        {
            return value is JsonObject data && data["command"] is JsonValue command && command.TryGetValue<string>(out var text)
                ? text
                : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the note form in place ({Status}); sending the confirmation instead")]
    private static partial void LogUpdateFailed(ILogger logger, Exception exception, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command} in a {ConversationType} conversation")]
    private static partial void LogCommand(ILogger logger, CommandKind command, string? conversationType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialog state of activity {ActivityId} was saved concurrently by another turn")]
    private static partial void LogStateConflict(ILogger logger, Exception exception, string? activityId);
}
