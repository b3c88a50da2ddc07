using System.Globalization;
using System.Text;
using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Dialogs.Prompts;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Dialogs;

/// <summary><c>add stage [name]</c>: asks the name (unless given) and the position, then inserts the stage.</summary>
internal sealed class AddStageDialog : WaterfallDialog<AddStageState>
{
    private readonly IMapRepository _maps;
    private readonly TimeProvider _time;

    public AddStageDialog(IMapRepository maps, TimeProvider time)
        : base(DialogIds.AddStage)
    {
        _maps = maps;
        _time = time;
        AddStep(AskNameStepAsync);
        AddStep(AskPositionStepAsync);
        AddStep(SaveStepAsync);
    }

    public IEnumerable<Dialog> Prompts()
    {
        yield return new TextPrompt(DialogIds.StageNamePrompt, ValidateNameAsync);
        yield return new TextPrompt(DialogIds.StagePositionPrompt, ValidatePositionAsync);
    }

    private async Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext<AddStageState> step, CancellationToken cancellationToken)
    {
        var map = await LoadAsync(step.Context.Activity, step.State.MapId, cancellationToken);
        if (map is null)
        {
            await step.Context.SayAsync(TextKeys.MapGone, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        if (map.Stages.Count >= JourneyMap.MaxStages)
        {
            await step.Context.SayAsync(TextKeys.AddStageFull, cancellationToken, map.Name, JourneyMap.MaxStages);
            return await step.EndAsync(null, cancellationToken);
        }

        var given = MapText.CleanName(step.State.Name);
        if (given.Length is > 0 and <= JourneyMap.MaxNameLength && !map.HasStageNamed(given))
        {
            return await step.NextAsync(given, cancellationToken);
        }

        var ask = step.Context.Text(TextKeys.AddStageAskName, map.Name);
        if (given.Length > 0 && map.HasStageNamed(given))
        {
            ask = step.Context.Text(TextKeys.AddStageDuplicate, map.Name, given);
        }
        else if (given.Length > JourneyMap.MaxNameLength)
        {
            ask = step.Context.Text(TextKeys.AddStageNameRetry, JourneyMap.MaxNameLength);
        }

        return await step.PromptAsync(DialogIds.StageNamePrompt, Question(ask) with { ValidationContext = map.Id }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskPositionStepAsync(WaterfallStepContext<AddStageState> step, CancellationToken cancellationToken)
    {
        step.State.Name = MapText.CleanName((string?)step.Result);
        var map = await LoadAsync(step.Context.Activity, step.State.MapId, cancellationToken);
        if (map is null || map.Stages.Count == 0)
        {
            if (map is not null)
            {
                await step.Context.SayAsync(TextKeys.AddStageAskPositionEmpty, cancellationToken, step.State.Name);
            }

            return await step.NextAsync("1", cancellationToken);
        }

        var culture = step.Context.Culture();
        var question = new StringBuilder(step.Context.Text(TextKeys.AddStageAskPosition, step.State.Name));
        for (var i = 0; i < map.Stages.Count; i++)
        {
            question.Append(culture, $"\n\n{i + 1}. {CardText.Literal(map.Stages[i].Name)}");
        }

        var options = Question(question.ToString()) with
        {
            RetryPrompt = Activity.CreateMessage(step.Context.Text(TextKeys.AddStagePositionRetry, map.Stages.Count + 1)),
            Maximum = map.Stages.Count + 1,
        };
        return await step.PromptAsync(DialogIds.StagePositionPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext<AddStageState> step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var scope = ConversationScopes.For(context.Activity);
        // The prompt checked the answer against the stage count it showed; "end" reads as past the
        // last stage, which AddStage clamps to the end of the map as it is now.
        var requested = StagePosition.TryParse((string?)step.Result, JourneyMap.MaxStages, out var p) ? p : JourneyMap.MaxStages + 1;
        var name = step.State.Name!;
        try
        {
            var updated = await _maps.UpdateAsync(scope, step.State.MapId, map => map.AddStage(name, requested, _time.GetUtcNow()), cancellationToken);
            var position = updated.Stages.ToList().FindIndex(s => NameComparer.Same(s.Name, name)) + 1;
            await context.SayAsync(TextKeys.AddStageAdded, cancellationToken, name, updated.Name, position, updated.Stages.Count);
        }
        catch (MapRuleException rule) when (rule.Rule == MapRule.DuplicateStage)
        {
            // Someone else added a stage of this name while we were asking.
            await context.SayAsync(TextKeys.AddStageDuplicate, cancellationToken, string.Empty, name);
        }
        catch (MapRuleException rule) when (rule.Rule == MapRule.TooManyStages)
        {
            await context.SayAsync(TextKeys.AddStageFull, cancellationToken, string.Empty, JourneyMap.MaxStages);
        }
        catch (MapNotFoundException)
        {
            await context.SayAsync(TextKeys.MapGone, cancellationToken);
        }
        catch (MapConflictException)
        {
            await context.SayAsync(TextKeys.ErrorMapChanged, cancellationToken);
        }

        return await step.EndAsync(null, cancellationToken);
    }

    private async Task<bool> ValidateNameAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var name = MapText.CleanName(prompt.Recognized.Value);
        if (name.Length is 0 or > JourneyMap.MaxNameLength)
        {
            prompt.RetryPrompt = Activity.CreateMessage(prompt.Context.Text(TextKeys.AddStageNameRetry, JourneyMap.MaxNameLength));
            return false;
        }

        var mapId = prompt.Options.ValidationContext;
        var map = mapId is null ? null : await LoadAsync(prompt.Context.Activity, mapId, cancellationToken);
        if (map is not null && map.HasStageNamed(name))
        {
            prompt.RetryPrompt = Activity.CreateMessage(prompt.Context.Text(TextKeys.AddStageDuplicate, map.Name, name));
            return false;
        }

        return true;
    }

    private static Task<bool> ValidatePositionAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var stageCount = (int)(prompt.Options.Maximum ?? 1) - 1;
        return Task.FromResult(StagePosition.TryParse(prompt.Recognized.Value, stageCount, out _));
    }

    private Task<JourneyMap?> LoadAsync(Activity activity, string mapId, CancellationToken cancellationToken) =>
        _maps.GetAsync(ConversationScopes.For(activity), mapId, cancellationToken);

    private static PromptOptions Question(string text) => new() { Prompt = Activity.CreateMessage(text), MaxAttempts = 5 };
}
