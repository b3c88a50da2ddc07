using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Dialogs.Prompts;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Notes;

namespace JourneyBot.Journeys.Dialogs;

/// <summary>
/// Files a one-line note. Names that match exactly are used at once; otherwise the closest names are
/// offered and the person picks — a note is never filed somewhere silently. Without a lane the
/// customer lane is used (the confirmation says where, with Undo).
/// </summary>
internal sealed class ShortcutNoteDialog : WaterfallDialog<ShortcutNoteState>
{
    private const string PickPrompt = "shortcutPick";

    private readonly IMapRepository _maps;
    private readonly ContributionService _contributions;

    public ShortcutNoteDialog(IMapRepository maps, ContributionService contributions)
        : base(DialogIds.ShortcutNote)
    {
        _maps = maps;
        _contributions = contributions;
        AddStep(ResolveStageStepAsync);
        AddStep(ResolveLaneStepAsync);
        AddStep(ResolveToLaneStepAsync);
        AddStep(StoreStepAsync);
    }

    public static IEnumerable<Dialog> Prompts()
    {
        yield return new ChoicePrompt(PickPrompt);
    }

    /// <summary>The dialog's starting state for a parsed shortcut on a map.</summary>
    public static ShortcutNoteState StateFor(JourneyMap map, NoteShortcut shortcut) => new()
    {
        MapId = map.Id,
        Kind = shortcut.Kind,
        Text = shortcut.Text,
        StageText = shortcut.Stage,
        LaneText = shortcut.Lane,
        ToLaneText = shortcut.ToLane,
        Score = shortcut.Score,
        Speaker = shortcut.Speaker,
        Channel = shortcut.Channel,
        Source = shortcut.Source,
        Validated = shortcut.Validated,
    };

    private async Task<DialogTurnResult> ResolveStageStepAsync(WaterfallStepContext<ShortcutNoteState> step, CancellationToken cancellationToken)
    {
        var map = await LoadAsync(step, cancellationToken);
        if (map is null)
        {
            return await step.EndAsync(null, cancellationToken);
        }

        if (map.Stages.Count == 0)
        {
            await step.Context.SayAsync(TextKeys.NoteNeedsStages, cancellationToken, map.Name);
            return await step.EndAsync(null, cancellationToken);
        }

        var match = NameMatcher.MatchStage(map, step.State.StageText);
        if (match.IsMatch)
        {
            return await step.NextAsync(match.Match.Id, cancellationToken);
        }

        var offered = match.Suggestions.Count > 0 ? match.Suggestions : map.Stages.Select(s => new NameCandidate(s.Id, s.Name)).ToList();
        return await OfferAsync(step, offered, step.Context.Text(TextKeys.ShortcutUnknownStage, step.State.StageText, map.Name), TextKeys.AddStageRetry, cancellationToken);
    }

    private async Task<DialogTurnResult> ResolveLaneStepAsync(WaterfallStepContext<ShortcutNoteState> step, CancellationToken cancellationToken)
    {
        step.State.StageId = Chosen(step);
        var map = await LoadAsync(step, cancellationToken);
        if (map is null)
        {
            return await step.EndAsync(null, cancellationToken);
        }

        if (map.Lanes.Count == 0)
        {
            await step.Context.SayAsync(TextKeys.NoteNeedsLanes, cancellationToken, map.Name);
            return await step.EndAsync(null, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(step.State.LaneText))
        {
            var fallback = map.Lanes.FirstOrDefault(l => l.Kind == LaneKind.Customer) ?? (map.Lanes.Count == 1 ? map.Lanes[0] : null);
            return fallback is not null
                ? await step.NextAsync(fallback.Id, cancellationToken)
                : await OfferAsync(step, Lanes(map), step.Context.Text(TextKeys.ShortcutAskLane, map.Name), TextKeys.AddLaneRetry, cancellationToken);
        }

        return await ResolveLaneAsync(step, map, step.State.LaneText, cancellationToken);
    }

    private async Task<DialogTurnResult> ResolveToLaneStepAsync(WaterfallStepContext<ShortcutNoteState> step, CancellationToken cancellationToken)
    {
        step.State.LaneId = Chosen(step);
        if (step.State.Kind != NoteKind.Handoff)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var map = await LoadAsync(step, cancellationToken);
        return map is null ? await step.EndAsync(null, cancellationToken) : await ResolveLaneAsync(step, map, step.State.ToLaneText ?? string.Empty, cancellationToken);
    }

    private async Task<DialogTurnResult> StoreStepAsync(WaterfallStepContext<ShortcutNoteState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        var toLane = state.Kind == NoteKind.Handoff ? Chosen(step) : null;
        var map = await LoadAsync(step, cancellationToken);
        if (map is null)
        {
            return await step.EndAsync(null, cancellationToken);
        }

        var draft = new NoteDraft(state.Kind, state.StageId!, state.LaneId!, state.Text)
        {
            ToLaneId = toLane,
            Score = state.Score,
            Speaker = state.Speaker,
            Channel = state.Channel,
            Source = state.Source,
            Validated = state.Validated,
        };
        try
        {
            await _contributions.AddAsync(step.Context, map, draft, cancellationToken);
        }
        catch (NoteRuleException rule)
        {
            await step.Context.SayAsync(rule.Rule switch
            {
                NoteRule.HandoffToSameLane => TextKeys.ShortcutSameLane,
                NoteRule.TextTooLong => TextKeys.ShortcutTooLong,
                _ => TextKeys.ErrorMapChanged,
            }, cancellationToken, Note.MaxTextLength);
        }

        return await step.EndAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> ResolveLaneAsync(WaterfallStepContext<ShortcutNoteState> step, JourneyMap map, string typed, CancellationToken cancellationToken)
    {
        var match = NameMatcher.MatchLane(map, typed);
        if (match.IsMatch)
        {
            return await step.NextAsync(match.Match.Id, cancellationToken);
        }

        var offered = match.Suggestions.Count > 0 ? match.Suggestions : Lanes(map);
        return await OfferAsync(step, offered, step.Context.Text(TextKeys.ShortcutUnknownLane, typed, map.Name), TextKeys.AddLaneRetry, cancellationToken);
    }

    private static async Task<DialogTurnResult> OfferAsync(WaterfallStepContext<ShortcutNoteState> step, IReadOnlyList<NameCandidate> offered, string question, string retryKey, CancellationToken cancellationToken)
    {
        step.State.Offered = offered.Select(c => c.Id).ToList();
        var options = new PromptOptions
        {
            Prompt = Activity.CreateMessage(question),
            RetryPrompt = Activity.CreateMessage(step.Context.Text(retryKey)),
            Choices = offered.Select(c => new Choice(c.Name)).ToList(),
            MaxAttempts = 5,
        };
        return await step.PromptAsync(PickPrompt, options, cancellationToken);
    }

    /// <summary>The id resolved by the previous step: passed on directly, or picked from the offered choices.</summary>
    private static string? Chosen(WaterfallStepContext<ShortcutNoteState> step) => step.Result switch
    {
        string id => id,
        FoundChoice choice => step.State.Offered[choice.Index],
        _ => null,
    };

    private static List<NameCandidate> Lanes(JourneyMap map) => map.Lanes.Select(l => new NameCandidate(l.Id, l.Name)).ToList();

    private async Task<JourneyMap?> LoadAsync(WaterfallStepContext<ShortcutNoteState> step, CancellationToken cancellationToken)
    {
        var map = await _maps.GetAsync(ConversationScopes.For(step.Context.Activity), step.State.MapId, cancellationToken);
        if (map is null)
        {
            await step.Context.SayAsync(TextKeys.MapGone, cancellationToken);
        }

        return map;
    }
}
