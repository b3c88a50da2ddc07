using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Dialogs.Prompts;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Commands;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Dialogs;

/// <summary>
/// <c>remove stage|lane &lt;name&gt;</c> (facilitators): asks where the notes go — another stage or lane,
/// or the archive — then moves or archives every note before removing the place. Notes are never lost:
/// if anything fails half-way, the place is still there and the notes already moved stay valid.
/// </summary>
internal sealed class RemovePlaceDialog : WaterfallDialog<RemovePlaceState>
{
    private const string TargetPrompt = "removeTarget";
    private const string ConfirmPromptId = "removeConfirm";

    private readonly IMapRepository _maps;
    private readonly INoteRepository _notes;
    private readonly TimeProvider _time;

    public RemovePlaceDialog(IMapRepository maps, INoteRepository notes, TimeProvider time)
        : base(DialogIds.RemovePlace)
    {
        _maps = maps;
        _notes = notes;
        _time = time;
        AddStep(AskStepAsync);
        AddStep(ApplyStepAsync);
    }

    public static IEnumerable<Dialog> Prompts()
    {
        yield return new ChoicePrompt(TargetPrompt);
        yield return new ConfirmPrompt(ConfirmPromptId, BotText.WordsInAllLanguages(TextKeys.WordsYes), BotText.WordsInAllLanguages(TextKeys.WordsNo));
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<RemovePlaceState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        var map = await _maps.GetAsync(ConversationScopes.For(step.Context.Activity), state.MapId, cancellationToken);
        if (map is null)
        {
            await step.Context.SayAsync(TextKeys.MapGone, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        if (!state.IsLane && map.Stages.Count == 1)
        {
            await step.Context.SayAsync(TextKeys.RemoveLastStage, cancellationToken, state.PlaceName);
            return await step.EndAsync(null, cancellationToken);
        }

        var affected = Affected(await _notes.ListAsync(map.Scope, map.Id, includeDeleted: true, cancellationToken), state).Count;
        var others = state.IsLane
            ? map.Lanes.Where(l => l.Id != state.PlaceId).Select(l => (l.Id, l.Name)).ToList()
            : map.Stages.Where(s => s.Id != state.PlaceId).Select(s => (s.Id, s.Name)).ToList();
        if (affected == 0)
        {
            var confirm = Ask(step, TextKeys.RemoveConfirmEmpty, TextKeys.AddConfirmRetry, state.PlaceName, map.Name);
            return await step.PromptAsync(ConfirmPromptId, confirm, cancellationToken);
        }

        state.Offered = [.. others.Select(o => o.Id), string.Empty];
        var choices = others.Select(o => new Choice(BotText.Get(step.Context.Culture(), TextKeys.RemoveMoveChoice, o.Name), [o.Name])).ToList();
        choices.Add(new Choice(BotText.Get(step.Context.Culture(), TextKeys.RemoveArchiveChoice)));
        var options = Ask(step, state.IsLane ? TextKeys.RemoveAskLane : TextKeys.RemoveAskStage, TextKeys.AddLaneRetry, state.PlaceName, map.Name, affected) with { Choices = choices };
        return await step.PromptAsync(TargetPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyStepAsync(WaterfallStepContext<RemovePlaceState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        if (step.Result is false)
        {
            await step.Context.SayAsync(TextKeys.RemoveKept, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var target = step.Result is FoundChoice choice ? state.Offered[choice.Index] : string.Empty;
        var map = await _maps.GetAsync(ConversationScopes.For(step.Context.Activity), state.MapId, cancellationToken);
        if (map is null || !await MapEditCommands.EnsureFacilitatorAsync(step.Context, map, cancellationToken))
        {
            return await step.EndAsync(null, cancellationToken);
        }

        var now = _time.GetUtcNow();
        var by = ConversationScopes.SenderOf(step.Context.Activity);
        int moved = 0, archived = 0;
        foreach (var note in Affected(await _notes.ListAsync(map.Scope, map.Id, includeDeleted: true, cancellationToken), state))
        {
            var archive = target.Length == 0 || (state.IsLane && note.Kind == NoteKind.Handoff && WouldJoin(note, state.PlaceId, target));
            await _notes.UpdateAsync(map.Scope, map.Id, note.Id, n => archive ? Archive(n, by, now) : Move(n, state, target, now), cancellationToken);
            _ = archive ? archived++ : moved++;
        }

        await _maps.UpdateAsync(map.Scope, map.Id, m => state.IsLane ? m.RemoveLane(state.PlaceId, now) : m.RemoveStage(state.PlaceId, now), cancellationToken);
        await step.Context.SayAsync(TextKeys.RemoveDone, cancellationToken, state.PlaceName, moved, archived);
        return await step.EndAsync(null, cancellationToken);
    }

    private static List<Note> Affected(IReadOnlyList<Note> notes, RemovePlaceState state) =>
        notes.Where(n => state.IsLane ? n.LaneId == state.PlaceId || n.ToLaneId == state.PlaceId : n.StageId == state.PlaceId).ToList();

    /// <summary>A hand-off whose two ends would become the same lane after the move.</summary>
    private static bool WouldJoin(Note note, string removed, string target) =>
        (note.LaneId == removed ? target : note.LaneId) == (note.ToLaneId == removed ? target : note.ToLaneId);

    private static Note Move(Note note, RemovePlaceState state, string target, DateTimeOffset now) => state.IsLane
        ? note with
        {
            LaneId = note.LaneId == state.PlaceId ? target : note.LaneId,
            ToLaneId = note.ToLaneId == state.PlaceId ? target : note.ToLaneId,
            UpdatedAt = now,
        }
        : note with { StageId = target, UpdatedAt = now };

    private static Note Archive(Note note, Person by, DateTimeOffset now) =>
        (note.IsDeleted ? note : note.Delete(by, now)) with { Archived = true };

    private static PromptOptions Ask(WaterfallStepContext<RemovePlaceState> step, string questionKey, string retryKey, params object?[] args) => new()
    {
        Prompt = Activity.CreateMessage(step.Context.Text(questionKey, args)),
        RetryPrompt = Activity.CreateMessage(step.Context.Text(retryKey)),
        MaxAttempts = 5,
    };
}
