using System.Globalization;
using System.Text;
using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Dialogs.Prompts;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Domain.Reviews;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Dialogs;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Reviews;

/// <summary>
/// <c>review</c>: walks the map stage by stage. Shows the stage's notes with who confirmed them, asks about each
/// note this person has not confirmed yet (keep, edit, remove, or keep the rest of the stage), then offers to
/// add input for the lanes with nothing at the stage. Edits and removals go through the usual note rules: a
/// person who may not change a note (neither its author nor a facilitator) can keep it or flag it for removal,
/// and the facilitator sees the flag when closing. Verdicts are stored as they are given, so <c>cancel</c>
/// loses nothing and <c>review</c> carries on at the first stage with notes still to confirm.
/// The dialog loops by replacing itself: ask, apply the answer, start over from the saved state.
/// </summary>
internal sealed class ReviewDialog : WaterfallDialog<ReviewState>
{
    private const string VerdictPrompt = "reviewVerdict";
    private const string EditPrompt = "reviewEdit";
    private const string LanesPrompt = "reviewLanes";

    private const string Keep = "keep";
    private const string Edit = "edit";
    private const string Remove = "remove";
    private const string Flag = "flag";
    private const string KeepRest = "rest";
    private const string AddNote = "add";

    private readonly IMapRepository _maps;
    private readonly INoteRepository _notes;
    private readonly IReviewRepository _reviews;
    private readonly ContributionService _contributions;
    private readonly TimeProvider _time;

    public ReviewDialog(IMapRepository maps, INoteRepository notes, IReviewRepository reviews, ContributionService contributions, TimeProvider time)
        : base(DialogIds.Review)
    {
        _maps = maps;
        _notes = notes;
        _reviews = reviews;
        _contributions = contributions;
        _time = time;
        AddStep(AskStepAsync);
        AddStep(AnswerStepAsync);
        AddStep(LoopStepAsync);
    }

    public static IEnumerable<Dialog> Prompts()
    {
        yield return new ChoicePrompt(VerdictPrompt);
        yield return new TextPrompt(EditPrompt, (p, _) => Task.FromResult(p.Recognized.Value?.Trim().Length is > 0 and <= Note.MaxTextLength));
        yield return new ChoicePrompt(LanesPrompt);
    }

    /// <summary>Asks the next question of the review, skipping what needs no answer; ends after the last stage.</summary>
    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<ReviewState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        var context = step.Context;
        var culture = context.Culture();
        var (map, review) = await LoadAsync(step, cancellationToken);
        if (map is null || review is null)
        {
            return await step.EndAsync(null, cancellationToken);
        }

        var notes = await _notes.ListAsync(map.Scope, map.Id, includeDeleted: false, cancellationToken);
        var me = context.Activity.From?.Id ?? string.Empty;
        while (state.StageIndex < map.Stages.Count)
        {
            var stage = map.Stages[state.StageIndex];
            var atStage = ReviewLines.AtStage(map, notes, stage.Id);
            if (state.Phase is ReviewPhase.Note or ReviewPhase.EditText && !state.Entered)
            {
                await context.SendActivityAsync(Overview(culture, map, review, atStage, state.StageIndex), cancellationToken);
                state.Pending = atStage.Where(n => !review.HasConfirmed(n.Id, me)).Select(n => n.Id).ToList();
                state.Entered = true;
            }

            // Notes deleted meanwhile (by another reviewer, say) need no verdict.
            state.Pending.RemoveAll(id => atStage.All(n => n.Id != id));
            if (state.Phase is ReviewPhase.Note or ReviewPhase.EditText && state.Pending.Count > 0)
            {
                var note = atStage.First(n => n.Id == state.Pending[0]);
                return state.Phase == ReviewPhase.EditText
                    ? await step.PromptAsync(EditPrompt, new PromptOptions
                    {
                        Prompt = Activity.CreateMessage(context.Text(TextKeys.ReviewAskEditText, note.Id, Note.MaxTextLength)),
                        RetryPrompt = Activity.CreateMessage(context.Text(TextKeys.ReviewEditRetry, Note.MaxTextLength)),
                        MaxAttempts = 5,
                    }, cancellationToken)
                    : await AskVerdictAsync(step, map, review, note, culture, cancellationToken);
            }

            if (state.Phase != ReviewPhase.Lanes)
            {
                state.Phase = ReviewPhase.Lanes;
                var empty = map.Lanes.Where(l => atStage.All(n => n.LaneId != l.Id && n.ToLaneId != l.Id)).Select(l => l.Name).ToList();
                if (empty.Count > 0)
                {
                    state.Offered = [AddNote, string.Empty];
                    return await step.PromptAsync(LanesPrompt, new PromptOptions
                    {
                        Prompt = Activity.CreateMessage(context.Text(TextKeys.ReviewAskLanes, stage.Name, new Markup(ReviewLines.Names(culture, empty)))),
                        RetryPrompt = Activity.CreateMessage(context.Text(TextKeys.ReviewLanesRetry)),
                        Choices = [Choice(TextKeys.ReviewChoiceAddNote, culture), Choice(TextKeys.ReviewChoiceNextStage, culture)],
                        MaxAttempts = 5,
                    }, cancellationToken);
                }
            }

            NextStage(state);
        }

        await context.SayAsync(TextKeys.ReviewFinished, cancellationToken, map.Name);
        return await step.EndAsync(null, cancellationToken);
    }

    /// <summary>Applies the answer: stores the verdict (editing or deleting the note first when that was the verdict).</summary>
    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext<ReviewState> step, CancellationToken cancellationToken)
    {
        var (map, review) = await LoadAsync(step, cancellationToken);
        if (map is null || review is null)
        {
            return await step.EndAsync(null, cancellationToken);
        }

        try
        {
            return await ApplyAsync(step, map, cancellationToken);
        }
        catch (ReviewClosedException)
        {
            // Closed by a facilitator between reading the review and storing this verdict.
            await step.Context.SayAsync(TextKeys.ReviewGone, cancellationToken, map.Name);
            return await step.EndAsync(null, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> ApplyAsync(WaterfallStepContext<ReviewState> step, JourneyMap map, CancellationToken cancellationToken)
    {
        var state = step.State;
        var context = step.Context;
        switch (state.Phase)
        {
            case ReviewPhase.Lanes:
                var add = step.Result is FoundChoice { Index: 0 };
                NextStage(state);
                if (add)
                {
                    // The usual guided add; when it ends, the review carries on with the next stage.
                    return await step.Dialogs.BeginDialogAsync(DialogIds.AddNote, new AddNoteState { MapId = map.Id }, cancellationToken);
                }

                break;
            case ReviewPhase.EditText:
                state.Phase = ReviewPhase.Note;
                var edited = await _contributions.EditNoteAsync(context, map, state.Pending[0], (string)step.Result!, cancellationToken);
                if (edited is not null)
                {
                    await ConfirmAsync(step, map, edited.Id, ReviewVerdict.Edit, cancellationToken);
                    await context.SayAsync(TextKeys.ReviewEdited, cancellationToken, edited.Id);
                }

                state.Pending.RemoveAt(0);
                break;
            default:
                var noteId = state.Pending[0];
                switch (state.Offered[((FoundChoice)step.Result!).Index])
                {
                    case Edit:
                        state.Phase = ReviewPhase.EditText;
                        return await step.NextAsync(null, cancellationToken);
                    case Remove:
                        if (await _contributions.DeleteNoteAsync(context, map, noteId, cancellationToken) is not null)
                        {
                            await ConfirmAsync(step, map, noteId, ReviewVerdict.Remove, cancellationToken);
                            await context.SayAsync(TextKeys.ReviewRemoved, cancellationToken, noteId);
                        }

                        break;
                    case Flag:
                        await ConfirmAsync(step, map, noteId, ReviewVerdict.Remove, cancellationToken);
                        await context.SayAsync(TextKeys.ReviewFlagged, cancellationToken, noteId);
                        break;
                    case KeepRest:
                        foreach (var id in state.Pending)
                        {
                            await ConfirmAsync(step, map, id, ReviewVerdict.Keep, cancellationToken);
                        }

                        await context.SayAsync(TextKeys.ReviewKeptRest, cancellationToken, state.Pending.Count, map.Stages.ElementAtOrDefault(state.StageIndex)?.Name);
                        state.Pending.Clear();
                        return await step.NextAsync(null, cancellationToken);
                    default:
                        await ConfirmAsync(step, map, noteId, ReviewVerdict.Keep, cancellationToken);
                        break;
                }

                state.Pending.RemoveAt(0);
                break;
        }

        return await step.NextAsync(null, cancellationToken);
    }

    /// <summary>Starts the dialog over with its state: the next question comes from <see cref="AskStepAsync"/>.</summary>
    private Task<DialogTurnResult> LoopStepAsync(WaterfallStepContext<ReviewState> step, CancellationToken cancellationToken) =>
        step.Dialogs.ReplaceDialogAsync(Id, step.State, cancellationToken);

    private static void NextStage(ReviewState state)
    {
        state.StageIndex++;
        state.Phase = ReviewPhase.Note;
        state.Entered = false;
        state.Pending = [];
    }

    private static async Task<DialogTurnResult> AskVerdictAsync(WaterfallStepContext<ReviewState> step, JourneyMap map, Review review, Note note, CultureInfo culture, CancellationToken cancellationToken)
    {
        var mayChange = note.MayBeChangedBy(step.Context.Activity.From?.Id ?? string.Empty, map);
        step.State.Offered = mayChange ? [Keep, Edit, Remove, KeepRest] : [Keep, Flag, KeepRest];
        var line = ReviewLines.Note(culture, map, note);
        var others = ReviewLines.Verdicts(culture, review.On(note.Id), noteDeleted: false);
        var question = BotText.Get(culture, mayChange ? TextKeys.ReviewAskVerdict : TextKeys.ReviewAskVerdictNotYours, others.Length == 0 ? line : line + " — " + others);
        return await step.PromptAsync(VerdictPrompt, new PromptOptions
        {
            Prompt = Activity.CreateMessage(question),
            RetryPrompt = Activity.CreateMessage(BotText.Get(culture, TextKeys.ReviewVerdictRetry)),
            Choices = step.State.Offered.Select(o => Choice(o switch
            {
                Keep => TextKeys.ReviewChoiceKeep,
                Edit => TextKeys.ReviewChoiceEdit,
                Remove => TextKeys.ReviewChoiceRemove,
                Flag => TextKeys.ReviewChoiceFlag,
                _ => TextKeys.ReviewChoiceKeepRest,
            }, culture)).ToList(),
            MaxAttempts = 5,
        }, cancellationToken);
    }

    private static string Overview(CultureInfo culture, JourneyMap map, Review review, List<Note> atStage, int index)
    {
        var stage = map.Stages[index];
        if (atStage.Count == 0)
        {
            return BotText.Escaped(culture, TextKeys.ReviewStageEmpty, index + 1, map.Stages.Count, stage.Name);
        }

        var text = new StringBuilder(BotText.Escaped(culture, TextKeys.ReviewStageHeader, index + 1, map.Stages.Count, stage.Name, atStage.Count));
        foreach (var note in atStage.Take(ReviewLines.NotesPerStage))
        {
            var verdicts = ReviewLines.Verdicts(culture, review.On(note.Id), noteDeleted: false);
            text.Append("\n\n- ").Append(ReviewLines.Note(culture, map, note));
            if (verdicts.Length > 0)
            {
                text.Append(" — ").Append(verdicts);
            }
        }

        if (atStage.Count > ReviewLines.NotesPerStage)
        {
            text.Append("\n\n").Append(BotText.Get(culture, TextKeys.ReviewMoreNotes, atStage.Count - ReviewLines.NotesPerStage));
        }

        return text.ToString();
    }

    /// <summary>A choice shown in the reader's language that also answers to its words in the other languages.</summary>
    private static Choice Choice(string key, CultureInfo culture) =>
        new(BotText.Get(culture, key), BotText.Languages.Select(c => BotText.Get(c, key)).ToList());

    private async Task ConfirmAsync(WaterfallStepContext<ReviewState> step, JourneyMap map, string noteId, ReviewVerdict verdict, CancellationToken cancellationToken)
    {
        var by = ConversationScopes.SenderOf(step.Context.Activity);
        await _reviews.ConfirmAsync(map.Scope, map.Id, step.State.ReviewId, new ReviewConfirmation(noteId, by, verdict, _time.GetUtcNow()), cancellationToken);
    }

    /// <summary>The map and its open review, or nulls after saying why the review cannot go on.</summary>
    private async Task<(JourneyMap? Map, Review? Review)> LoadAsync(WaterfallStepContext<ReviewState> step, CancellationToken cancellationToken)
    {
        var map = await _maps.GetAsync(ConversationScopes.For(step.Context.Activity), step.State.MapId, cancellationToken);
        if (map is null)
        {
            await step.Context.SayAsync(TextKeys.MapGone, cancellationToken);
            return (null, null);
        }

        var review = await _reviews.GetOpenAsync(map.Scope, map.Id, cancellationToken);
        if (review?.Id != step.State.ReviewId)
        {
            await step.Context.SayAsync(TextKeys.ReviewGone, cancellationToken, map.Name);
            return (map, null);
        }

        return (map, review);
    }
}
