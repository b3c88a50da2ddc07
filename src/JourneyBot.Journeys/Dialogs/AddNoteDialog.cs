using System.Globalization;
using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Dialogs.Prompts;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Dialogs;

/// <summary>
/// <c>add</c>: kind, stage, lane (from and to, for a hand-off), text, then what the kind needs
/// (score, speaker, channel, source, validated), then stores the note and offers Undo.
/// A question with a single possible answer (a map with one lane) is skipped.
/// </summary>
internal sealed class AddNoteDialog : WaterfallDialog<AddNoteState>
{
    private const string KindPrompt = "noteKind";
    private const string PlacePrompt = "notePlace";
    private const string TextPromptId = "noteText";
    private const string ScorePrompt = "noteScore";
    private const string ExtraPrompt = "noteExtra";
    private const string SourcePrompt = "noteSource";
    private const string ValidatedPrompt = "noteValidated";

    private readonly IMapRepository _maps;
    private readonly ContributionService _contributions;

    public AddNoteDialog(IMapRepository maps, ContributionService contributions)
        : base(DialogIds.AddNote)
    {
        _maps = maps;
        _contributions = contributions;
        AddStep(AskKindStepAsync);
        AddStep(AskStageStepAsync);
        AddStep(AskLaneStepAsync);
        AddStep(AskToLaneStepAsync);
        AddStep(AskTextStepAsync);
        AddStep(AskExtraStepAsync);
        AddStep(AskValidatedStepAsync);
        AddStep(StoreStepAsync);
    }

    public static IEnumerable<Dialog> Prompts()
    {
        yield return new ChoicePrompt(KindPrompt);
        yield return new ChoicePrompt(PlacePrompt);
        yield return new TextPrompt(TextPromptId, ValidateTextAsync);
        yield return new NumberPrompt(ScorePrompt, (p, _) => Task.FromResult(p.Recognized.Value == Math.Round(p.Recognized.Value)));
        yield return new TextPrompt(ExtraPrompt);
        yield return new ChoicePrompt(SourcePrompt);
        yield return new ConfirmPrompt(ValidatedPrompt, BotText.WordsInAllLanguages(TextKeys.WordsYes), BotText.WordsInAllLanguages(TextKeys.WordsNo));
    }

    private async Task<DialogTurnResult> AskKindStepAsync(WaterfallStepContext<AddNoteState> step, CancellationToken cancellationToken)
    {
        var map = await LoadAsync(step, cancellationToken);
        if (map is null)
        {
            await step.Context.SayAsync(TextKeys.MapGone, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        if (map.Stages.Count == 0 || map.Lanes.Count == 0)
        {
            await step.Context.SayAsync(map.Stages.Count == 0 ? TextKeys.NoteNeedsStages : TextKeys.NoteNeedsLanes, cancellationToken, map.Name);
            return await step.EndAsync(null, cancellationToken);
        }

        if (step.State.Kind is { } given)
        {
            return await step.NextAsync(new FoundChoice(given.ToString(), NoteKinds.Ordered.ToList().IndexOf(given)), cancellationToken);
        }

        var culture = Culture(step);
        var options = Ask(step, TextKeys.AddAskKind, TextKeys.AddKindRetry, map.Name) with
        {
            Choices = NoteKinds.Ordered.Select(k => new Choice(NoteKinds.Name(culture, k), BotText.Languages.Select(c => NoteKinds.Name(c, k)).ToList())).ToList(),
        };
        return await step.PromptAsync(KindPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskStageStepAsync(WaterfallStepContext<AddNoteState> step, CancellationToken cancellationToken)
    {
        step.State.Kind = NoteKinds.Ordered[((FoundChoice)step.Result!).Index];
        var map = await LoadAsync(step, cancellationToken);
        if (map is null)
        {
            await step.Context.SayAsync(TextKeys.MapGone, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        return await ChooseAsync(step, map.Stages.Select(s => (s.Id, s.Name)).ToList(), TextKeys.AddAskStage, TextKeys.AddStageRetry, cancellationToken);
    }

    private async Task<DialogTurnResult> AskLaneStepAsync(WaterfallStepContext<AddNoteState> step, CancellationToken cancellationToken)
    {
        var map = await LoadAsync(step, cancellationToken);
        step.State.StageId = Pick(step);
        if (map is null)
        {
            await step.Context.SayAsync(TextKeys.MapGone, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        if (step.State.Kind == NoteKind.Handoff && map.Lanes.Count < 2)
        {
            await step.Context.SayAsync(TextKeys.NoteNeedsTwoLanes, cancellationToken, map.Name);
            return await step.EndAsync(null, cancellationToken);
        }

        var question = step.State.Kind == NoteKind.Handoff ? TextKeys.AddAskFromLane : TextKeys.AddAskLane;
        return await ChooseAsync(step, map.Lanes.Select(l => (l.Id, l.Name)).ToList(), question, TextKeys.AddLaneRetry, cancellationToken);
    }

    private async Task<DialogTurnResult> AskToLaneStepAsync(WaterfallStepContext<AddNoteState> step, CancellationToken cancellationToken)
    {
        step.State.LaneId = Pick(step);
        if (step.State.Kind != NoteKind.Handoff)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var map = await LoadAsync(step, cancellationToken);
        if (map is null)
        {
            await step.Context.SayAsync(TextKeys.MapGone, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var others = map.Lanes.Where(l => l.Id != step.State.LaneId).Select(l => (l.Id, l.Name)).ToList();
        return await ChooseAsync(step, others, TextKeys.AddAskToLane, TextKeys.AddLaneRetry, cancellationToken);
    }

    private async Task<DialogTurnResult> AskTextStepAsync(WaterfallStepContext<AddNoteState> step, CancellationToken cancellationToken)
    {
        if (step.State.Kind == NoteKind.Handoff)
        {
            step.State.ToLaneId = Pick(step);
        }

        var question = step.State.Kind switch
        {
            NoteKind.Quote => TextKeys.AddAskQuoteText,
            NoteKind.Emotion => TextKeys.AddAskEmotionText,
            _ => TextKeys.AddAskText,
        };
        var options = Ask(step, question, TextKeys.AddTextRetry, Note.MaxTextLength);
        if (step.State.Kind == NoteKind.Emotion)
        {
            // Ask for the score first: it is the point of an emotion note.
            return await step.PromptAsync(ScorePrompt, Ask(step, TextKeys.AddAskScore, TextKeys.AddScoreRetry) with { Minimum = Note.MinScore, Maximum = Note.MaxScore }, cancellationToken);
        }

        return await step.PromptAsync(TextPromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskExtraStepAsync(WaterfallStepContext<AddNoteState> step, CancellationToken cancellationToken)
    {
        if (step.State.Kind == NoteKind.Emotion)
        {
            step.State.Score = (int)(double)step.Result!;
            return await step.PromptAsync(TextPromptId, Ask(step, TextKeys.AddAskEmotionText, TextKeys.AddTextRetry, Note.MaxTextLength), cancellationToken);
        }

        step.State.Text = (string?)step.Result;
        var culture = Culture(step);
        return step.State.Kind switch
        {
            NoteKind.Quote => await step.PromptAsync(ExtraPrompt, Ask(step, TextKeys.AddAskSpeaker, TextKeys.AddAskSpeaker), cancellationToken),
            NoteKind.Touchpoint => await step.PromptAsync(ExtraPrompt, Ask(step, TextKeys.AddAskChannel, TextKeys.AddAskChannel), cancellationToken),
            NoteKind.Evidence => await step.PromptAsync(SourcePrompt, Ask(step, TextKeys.AddAskSource, TextKeys.AddSourceRetry) with
            {
                Choices = NoteKinds.Sources.Select(s => new Choice(NoteKinds.SourceName(culture, s), [s.ToString()])).ToList(),
            }, cancellationToken),
            _ => await step.NextAsync(null, cancellationToken),
        };
    }

    private async Task<DialogTurnResult> AskValidatedStepAsync(WaterfallStepContext<AddNoteState> step, CancellationToken cancellationToken)
    {
        switch (step.State.Kind)
        {
            case NoteKind.Emotion:
                step.State.Text = (string?)step.Result;
                return await step.NextAsync(null, cancellationToken);
            case NoteKind.Evidence:
                step.State.Source = NoteKinds.Sources[((FoundChoice)step.Result!).Index];
                return await step.PromptAsync(ValidatedPrompt, Ask(step, TextKeys.AddAskValidated, TextKeys.AddConfirmRetry), cancellationToken);
            case NoteKind.Quote or NoteKind.Touchpoint:
                var extra = ((string?)step.Result)?.Trim() ?? string.Empty;
                var skip = BotText.WordsInAllLanguages(TextKeys.WordsSkip).Any(w => NameComparer.Same(w, extra));
                step.State.Extra = skip ? null : extra;
                return await step.NextAsync(null, cancellationToken);
            default:
                return await step.NextAsync(null, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> StoreStepAsync(WaterfallStepContext<AddNoteState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        var map = await LoadAsync(step, cancellationToken);
        if (map is null)
        {
            await step.Context.SayAsync(TextKeys.MapGone, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var draft = new NoteDraft(state.Kind!.Value, state.StageId!, state.LaneId!, state.Text ?? string.Empty)
        {
            ToLaneId = state.ToLaneId,
            Score = state.Score,
            Speaker = state.Kind == NoteKind.Quote ? state.Extra : null,
            Channel = state.Kind == NoteKind.Touchpoint ? state.Extra : null,
            Source = state.Source,
            Validated = state.Kind == NoteKind.Evidence ? step.Result as bool? : null,
        };
        try
        {
            await _contributions.AddAsync(step.Context, map, draft, cancellationToken);
        }
        catch (NoteRuleException rule) when (rule.Rule is NoteRule.UnknownStage or NoteRule.UnknownLane)
        {
            // The stage or lane was removed while we were asking.
            await step.Context.SayAsync(TextKeys.ErrorMapChanged, cancellationToken);
        }

        return await step.EndAsync(null, cancellationToken);
    }

    /// <summary>Offers <paramref name="items"/> as choices, or moves on at once when there is only one.</summary>
    private static async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext<AddNoteState> step, List<(string Id, string Name)> items, string questionKey, string retryKey, CancellationToken cancellationToken)
    {
        // Remember what was offered: the map may change before the answer comes, and the answer
        // must mean the stage or lane the person saw, not whatever now sits at that position.
        step.State.Offered = items.Select(i => i.Id).ToList();
        if (items.Count == 1)
        {
            return await step.NextAsync(new FoundChoice(items[0].Name, 0), cancellationToken);
        }

        var options = Ask(step, questionKey, retryKey) with { Choices = items.Select(i => new Choice(i.Name)).ToList() };
        return await step.PromptAsync(PlacePrompt, options, cancellationToken);
    }

    /// <summary>The id of the item chosen, by its index among the ids offered in the previous step.</summary>
    private static string Pick(WaterfallStepContext<AddNoteState> step) => step.State.Offered[((FoundChoice)step.Result!).Index];

    private static Task<bool> ValidateTextAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var length = prompt.Recognized.Value?.Trim().Length ?? 0;
        if (length > Note.MaxTextLength)
        {
            prompt.RetryPrompt = Activity.CreateMessage(prompt.Context.Text(TextKeys.AddTextTooLong, length, Note.MaxTextLength));
            return Task.FromResult(false);
        }

        return Task.FromResult(length > 0);
    }

    private Task<JourneyMap?> LoadAsync(WaterfallStepContext<AddNoteState> step, CancellationToken cancellationToken) =>
        _maps.GetAsync(ConversationScopes.For(step.Context.Activity), step.State.MapId, cancellationToken);

    private static CultureInfo Culture(WaterfallStepContext<AddNoteState> step) => step.Context.Culture();

    private static PromptOptions Ask(WaterfallStepContext<AddNoteState> step, string questionKey, string retryKey, params object?[] args) => new()
    {
        Prompt = Activity.CreateMessage(step.Context.Text(questionKey, args)),
        RetryPrompt = Activity.CreateMessage(step.Context.Text(retryKey, args)),
        MaxAttempts = 5,
    };
}
