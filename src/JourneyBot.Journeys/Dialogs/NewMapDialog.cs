using System.Globalization;
using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Dialogs.Prompts;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.State;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Maps;
using JourneyBot.Journeys.Reminders;
using JourneyBot.Domain.Reminders;

namespace JourneyBot.Journeys.Dialogs;

/// <summary><c>new map</c>: asks name, persona, goal and template, then creates the map and makes it current.</summary>
internal sealed class NewMapDialog : WaterfallDialog<NewMapState>
{
    private const int IdAttempts = 5;
    private static readonly MapTemplate[] Templates =
        [MapTemplate.CustomerJourney, MapTemplate.SprintServiceMap, MapTemplate.ServiceBlueprint, MapTemplate.Blank];

    private readonly IMapRepository _maps;
    private readonly IConversationReferenceStore _references;
    private readonly JourneyCards _cards;
    private readonly TimeProvider _time;
    private readonly ReminderScheduler _reminders;

    public NewMapDialog(IMapRepository maps, IConversationReferenceStore references, JourneyCards cards, TimeProvider time, ReminderScheduler reminders)
        : base(DialogIds.NewMap)
    {
        _maps = maps;
        _references = references;
        _cards = cards;
        _time = time;
        _reminders = reminders;
        AddStep(AskNameStepAsync);
        AddStep(AskPersonaStepAsync);
        AddStep(AskGoalStepAsync);
        AddStep(AskTemplateStepAsync);
        AddStep(CreateStepAsync);
    }

    /// <summary>The prompts this flow asks with.</summary>
    public IEnumerable<Dialog> Prompts()
    {
        yield return new TextPrompt(DialogIds.MapNamePrompt, ValidateNameAsync);
        yield return new TextPrompt(DialogIds.DescriptionPrompt, ValidateDescriptionAsync);
        yield return new ChoicePrompt(DialogIds.TemplatePrompt);
    }

    private async Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext<NewMapState> step, CancellationToken cancellationToken)
    {
        // The scope's map names are read once, here, and travel with the prompt: checking the answer then costs the
        // name turn no storage read (issue 7). A map named meanwhile by someone else is the same race as before.
        var taken = await TakenNamesAsync(step.Context.Activity, cancellationToken);
        var given = MapText.CleanName(step.State.Name);
        if (given.Length is > 0 and <= JourneyMap.MaxNameLength && !taken.Contains(NameComparer.Fold(given)))
        {
            return await step.NextAsync(given, cancellationToken);
        }

        var question = Question(step.Context.Text(TextKeys.NewMapAskName)) with { ValidationContext = TakenNames.Write(taken) };
        return await step.PromptAsync(DialogIds.MapNamePrompt, question, cancellationToken);
    }

    private async Task<DialogTurnResult> AskPersonaStepAsync(WaterfallStepContext<NewMapState> step, CancellationToken cancellationToken)
    {
        step.State.Name = MapText.CleanName((string?)step.Result);
        return await step.PromptAsync(DialogIds.DescriptionPrompt, Question(step.Context.Text(TextKeys.NewMapAskPersona)), cancellationToken);
    }

    private async Task<DialogTurnResult> AskGoalStepAsync(WaterfallStepContext<NewMapState> step, CancellationToken cancellationToken)
    {
        step.State.Persona = ((string?)step.Result)?.Trim();
        return await step.PromptAsync(DialogIds.DescriptionPrompt, Question(step.Context.Text(TextKeys.NewMapAskGoal)), cancellationToken);
    }

    private async Task<DialogTurnResult> AskTemplateStepAsync(WaterfallStepContext<NewMapState> step, CancellationToken cancellationToken)
    {
        step.State.Goal = ((string?)step.Result)?.Trim();
        var context = step.Context;
        var options = Question(context.Text(TextKeys.NewMapAskTemplate)) with
        {
            RetryPrompt = Activity.CreateMessage(context.Text(TextKeys.NewMapTemplateRetry)),
            Choices = Templates.Select(t => TemplateChoice(context.Culture(), t)).ToList(),
        };
        return await step.PromptAsync(DialogIds.TemplatePrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> CreateStepAsync(WaterfallStepContext<NewMapState> step, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        var culture = step.Context.Culture();
        var template = Templates[((FoundChoice)step.Result!).Index];
        var scope = ConversationScopes.For(activity);
        var creator = ConversationScopes.SenderOf(activity);
        var map = await CreateWithFreshIdAsync(
            id => MapLayouts.Create(id, scope, step.State.Name!, step.State.Persona ?? string.Empty, step.State.Goal ?? string.Empty, template, creator, _time.GetUtcNow(), key => LayoutName(culture, key)) with
            {
                Cadence = ReviewCadence.DefaultIn(ConversationScopes.ClientTimeZone(activity)),
                Language = culture.Name,
            },
            cancellationToken);

        await _maps.SetSelectedMapIdAsync(scope, creator.Id, map.Id, cancellationToken);

        // Reminders will later reach this conversation through the saved reference.
        await _references.SaveAsync(activity.GetConversationReference(), cancellationToken);
        await _reminders.ScheduleAsync(map, ReminderCommands.TargetOf(step.Context), cancellationToken);

        await step.Context.SayAsync(TextKeys.NewMapCreated, cancellationToken, map.Name, map.Id, map.Stages.Count, map.Lanes.Count);
        await step.Context.SendActivityAsync(_cards.Map(culture, map, []), cancellationToken);
        return await step.EndAsync(map.Id, cancellationToken);
    }

    private async Task<JourneyMap> CreateWithFreshIdAsync(Func<string, JourneyMap> build, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var map = build(MapIds.New());
            try
            {
                await _maps.CreateAsync(map, cancellationToken);
                return map;
            }
            catch (MapConflictException) when (attempt < IdAttempts)
            {
                // Id already used in this scope (rare with 31^5 ids): draw another.
            }
        }
    }

    private async Task<bool> ValidateNameAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var name = MapText.CleanName(prompt.Recognized.Value);
        if (name.Length is 0 or > JourneyMap.MaxNameLength)
        {
            prompt.RetryPrompt = Activity.CreateMessage(prompt.Context.Text(TextKeys.NewMapNameRetry, JourneyMap.MaxNameLength));
            return false;
        }

        var taken = TakenNames.Read(prompt.Options.ValidationContext) ?? await TakenNamesAsync(prompt.Context.Activity, cancellationToken);
        if (taken.Contains(NameComparer.Fold(name)))
        {
            prompt.RetryPrompt = Activity.CreateMessage(prompt.Context.Text(TextKeys.NewMapNameTaken, name));
            return false;
        }

        return true;
    }

    private static Task<bool> ValidateDescriptionAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var ok = (prompt.Recognized.Value?.Trim().Length ?? 0) is > 0 and <= JourneyMap.MaxDescriptionLength;
        if (!ok)
        {
            prompt.RetryPrompt = Activity.CreateMessage(prompt.Context.Text(TextKeys.DescriptionRetry, JourneyMap.MaxDescriptionLength));
        }

        return Task.FromResult(ok);
    }

    private async Task<IReadOnlySet<string>> TakenNamesAsync(Activity activity, CancellationToken cancellationToken)
    {
        var existing = await _maps.ListAsync(ConversationScopes.For(activity), cancellationToken);
        return existing.Select(m => NameComparer.Fold(m.Name)).ToHashSet(StringComparer.Ordinal);
    }

    private static PromptOptions Question(string text) => new() { Prompt = Activity.CreateMessage(text), MaxAttempts = 5 };

    private static Choice TemplateChoice(CultureInfo culture, MapTemplate template)
    {
        var (descriptionKey, nameKey) = template switch
        {
            MapTemplate.CustomerJourney => (TextKeys.TemplateCustomerJourney, TextKeys.TemplateNameCustomerJourney),
            MapTemplate.SprintServiceMap => (TextKeys.TemplateSprintServiceMap, TextKeys.TemplateNameSprintServiceMap),
            MapTemplate.ServiceBlueprint => (TextKeys.TemplateServiceBlueprint, TextKeys.TemplateNameServiceBlueprint),
            _ => (TextKeys.TemplateBlank, TextKeys.TemplateNameBlank),
        };

        // The description is shown; the short names in both languages also select it.
        var synonyms = BotText.Languages.Select(c => BotText.Get(c, nameKey)).ToList();
        return new Choice(BotText.Get(culture, descriptionKey), synonyms);
    }

    private static string LayoutName(CultureInfo culture, string key) => BotText.Get(culture, key switch
    {
        "awareness" => TextKeys.StageAwareness,
        "consideration" => TextKeys.StageConsideration,
        "purchase" => TextKeys.StagePurchase,
        "use" => TextKeys.StageUse,
        "feedback" => TextKeys.StageFeedback,
        "discover" => TextKeys.StageDiscover,
        "research" => TextKeys.StageResearch,
        "support" => TextKeys.StageSupport,
        "customer" => TextKeys.LaneCustomer,
        "physicalEvidence" => TextKeys.LanePhysicalEvidence,
        "frontstage" => TextKeys.LaneFrontstage,
        "backstage" => TextKeys.LaneBackstage,
        "supportProcesses" => TextKeys.LaneSupport,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "No name for this layout key."),
    });
}
