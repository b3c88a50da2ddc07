using System.Text.Json.Nodes;
using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.State;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Commands;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Dialogs;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Maps;
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
    JourneyCards cards,
    IConversationReferenceStore references,
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
        var activity = context.Activity;
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

        var command = CommandFromCard((context.Activity.Value as JsonObject)?["action"]?["data"]);
        if (command is not null)
        {
            await HandleAsync(context, command, fromButton: true, cancellationToken);
        }

        context.InvokeResponse = new InvokeResponse(200, new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = "application/vnd.microsoft.activity.message",
            ["value"] = string.Empty,
        });
    }

    private async Task HandleAsync(TurnContext context, string text, bool fromButton, CancellationToken cancellationToken)
    {
        var session = await dialogs.LoadAsync(context, cancellationToken);
        try
        {
            if (session.IsActive && !fromButton)
            {
                await session.ContinueAsync(text, cancellationToken);
            }
            else
            {
                session.Reset();
                await RunCommandAsync(context, session, CommandParser.Parse(text), cancellationToken);
            }

            await session.SaveAsync(cancellationToken);
        }
        catch (StateConflictException exception)
        {
            LogStateConflict(logger, exception, context.Activity.Id);
            await context.SayAsync(TextKeys.ErrorBusy, cancellationToken);
        }
    }

    private async Task RunCommandAsync(TurnContext context, DialogSession session, ParsedCommand command, CancellationToken cancellationToken)
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
                await WithCurrentMapAsync(context, (map, ct) => session.BeginAsync(DialogIds.AddNote, new AddNoteState { MapId = map.Id }, ct), cancellationToken);
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
            case CommandKind.Help:
                await context.SendActivityAsync(cards.Help(BotText.CultureOf(context.Activity)), cancellationToken);
                break;
            case CommandKind.Cancel:
                await context.SayAsync(TextKeys.CancelNothing, cancellationToken);
                break;
            case CommandKind.Empty:
                await context.SayAsync(TextKeys.EmptyMessage, cancellationToken);
                break;
            default:
                await context.SayAsync(TextKeys.UnknownCommand, cancellationToken, MapText.Truncate(command.Argument, EchoLength));
                break;
        }
    }

    private Task BeginAddStageAsync(TurnContext context, DialogSession session, string name, CancellationToken cancellationToken) =>
        WithCurrentMapAsync(context, (map, ct) => session.BeginAsync(DialogIds.AddStage, new AddStageState { MapId = map.Id, Name = name }, ct), cancellationToken);

    /// <summary>Runs <paramref name="action"/> on the sender's current map, or explains why there is none.</summary>
    private async Task WithCurrentMapAsync(TurnContext context, Func<JourneyMap, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var lookup = await selection.CurrentAsync(ConversationScopes.For(activity), activity.From?.Id ?? string.Empty, cancellationToken);
        if (lookup.Map is null)
        {
            await MapCommands.SayNoMapAsync(context, lookup.Problem, cancellationToken);
            return;
        }

        await action(lookup.Map, cancellationToken);
    }

    private async Task OnConversationUpdateAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var botId = activity.Recipient?.Id;
        if (activity.MembersAdded?.Any(m => m.Id == botId) != true)
        {
            return;
        }

        await references.SaveAsync(activity.GetConversationReference(), cancellationToken);
        var inGroup = activity.Conversation?.IsGroup == true;
        await context.SendActivityAsync(cards.Welcome(BotText.CultureOf(activity), inGroup), cancellationToken);
    }

    private Task OnInstallationUpdateAsync(TurnContext context, CancellationToken cancellationToken)
    {
        // Teams sends a conversationUpdate with the bot as a new member too; that one says welcome.
        var action = context.Activity.Action ?? string.Empty;
        return action.StartsWith("add", StringComparison.OrdinalIgnoreCase)
            ? references.SaveAsync(context.Activity.GetConversationReference(), cancellationToken)
            : Task.CompletedTask;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command} in a {ConversationType} conversation")]
    private static partial void LogCommand(ILogger logger, CommandKind command, string? conversationType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialog state of activity {ActivityId} was saved concurrently by another turn")]
    private static partial void LogStateConflict(ILogger logger, Exception exception, string? activityId);
}
