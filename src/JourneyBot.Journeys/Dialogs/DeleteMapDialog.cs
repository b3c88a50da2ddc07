using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Dialogs.Prompts;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Journeys.Commands;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Dialogs;

/// <summary><c>delete map</c> (facilitators): asks for confirmation, then marks the map deleted. Its notes stay stored.</summary>
internal sealed class DeleteMapDialog : WaterfallDialog<DeleteMapState>
{
    private const string ConfirmPromptId = "deleteMapConfirm";

    private readonly IMapRepository _maps;
    private readonly INoteRepository _notes;
    private readonly TimeProvider _time;

    public DeleteMapDialog(IMapRepository maps, INoteRepository notes, TimeProvider time)
        : base(DialogIds.DeleteMap)
    {
        _maps = maps;
        _notes = notes;
        _time = time;
        AddStep(AskStepAsync);
        AddStep(DeleteStepAsync);
    }

    public static IEnumerable<Dialog> Prompts()
    {
        yield return new ConfirmPrompt(ConfirmPromptId, BotText.WordsInAllLanguages(TextKeys.WordsYes), BotText.WordsInAllLanguages(TextKeys.WordsNo));
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<DeleteMapState> step, CancellationToken cancellationToken)
    {
        var map = await _maps.GetAsync(ConversationScopes.For(step.Context.Activity), step.State.MapId, cancellationToken);
        if (map is null)
        {
            await step.Context.SayAsync(TextKeys.MapGone, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var notes = await _notes.ListAsync(map.Scope, map.Id, includeDeleted: false, cancellationToken);
        var options = new PromptOptions
        {
            Prompt = Activity.CreateMessage(step.Context.Text(TextKeys.MapDeleteAsk, map.Name, notes.Count)),
            RetryPrompt = Activity.CreateMessage(step.Context.Text(TextKeys.AddConfirmRetry)),
            MaxAttempts = 5,
        };
        return await step.PromptAsync(ConfirmPromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> DeleteStepAsync(WaterfallStepContext<DeleteMapState> step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.Context.SayAsync(TextKeys.RemoveKept, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var scope = ConversationScopes.For(step.Context.Activity);
        var map = await _maps.GetAsync(scope, step.State.MapId, cancellationToken);
        if (map is null || !await MapEditCommands.EnsureFacilitatorAsync(step.Context, map, cancellationToken))
        {
            return await step.EndAsync(null, cancellationToken);
        }

        await _maps.UpdateAsync(scope, map.Id, m => m.Delete(ConversationScopes.SenderOf(step.Context.Activity), _time.GetUtcNow()), cancellationToken);
        await step.Context.SayAsync(TextKeys.MapDeleted, cancellationToken, map.Name);
        return await step.EndAsync(null, cancellationToken);
    }
}
