using System.Globalization;
using System.Text;
using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reviews;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Dialogs;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Reviews;

/// <summary>
/// <c>review</c> (start or join the map's open review and walk it), <c>review status</c> (who confirmed what,
/// stage by stage) and <c>close review</c> (facilitators: snapshot, last reviewed, next reminder).
/// </summary>
public sealed class ReviewCommands(
    IMapRepository maps,
    INoteRepository notes,
    IReviewRepository reviews,
    ISnapshotRepository snapshots,
    IReviewReminders reminders,
    TimeProvider time)
{
    /// <summary>Starts or joins the review and begins the walk at the first stage with notes this person has not confirmed.</summary>
    public async Task StartAsync(TurnContext context, DialogSession session, JourneyMap map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(map);
        if (map.Stages.Count == 0)
        {
            await context.SayAsync(TextKeys.ReviewNoStages, cancellationToken, map.Name);
            return;
        }

        var me = ConversationScopes.SenderOf(context.Activity);
        var (review, started) = await reviews.StartAsync(map.Scope, Review.Start(map.Id, NewId(), me, time.GetUtcNow()), cancellationToken);
        var all = await notes.ListAsync(map.Scope, map.Id, includeDeleted: false, cancellationToken);
        var state = new ReviewState { MapId = map.Id, ReviewId = review.Id };
        if (started)
        {
            await context.SayAsync(TextKeys.ReviewStarted, cancellationToken, map.Name);
        }
        else
        {
            var culture = context.Culture();
            var confirmedSoFar = review.Confirmations.Select(c => c.NoteId).Distinct().Count();
            if (review.StartedBy.Id == me.Id)
            {
                await context.SayAsync(TextKeys.ReviewBackToOwn, cancellationToken, map.Name, confirmedSoFar);
            }
            else
            {
                await context.SayAsync(TextKeys.ReviewJoined, cancellationToken, map.Name, review.StartedBy.Name, new Markup(BotText.Date(culture, review.StartedAt, map.Cadence.TimeZone)), confirmedSoFar);
            }

            var mine = review.Confirmations.Any(c => c.By.Id == me.Id);
            var resume = map.Stages.ToList().FindIndex(s => ReviewLines.AtStage(map, all, s.Id).Any(n => !review.HasConfirmed(n.Id, me.Id)));
            if (mine && resume < 0)
            {
                await context.SayAsync(TextKeys.ReviewAllDoneAlready, cancellationToken, map.Name);
                return;
            }

            if (mine && resume > 0)
            {
                state.StageIndex = resume;
                await context.SendActivityAsync(BotText.Escaped(culture, TextKeys.ReviewResume, resume + 1, map.Stages[resume].Name), cancellationToken);
            }
        }

        await session.BeginAsync(DialogIds.Review, state, cancellationToken);
    }

    /// <summary>The open review's progress: per stage, each note and who kept, edited, removed or flagged it.</summary>
    public async Task StatusAsync(TurnContext context, JourneyMap map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        var review = await reviews.GetOpenAsync(map.Scope, map.Id, cancellationToken);
        if (review is null)
        {
            await context.SayAsync(TextKeys.ReviewNoneOpen, cancellationToken, map.Name);
            return;
        }

        var culture = context.Culture();
        var all = await notes.ListAsync(map.Scope, map.Id, includeDeleted: true, cancellationToken);
        var live = all.Where(n => !n.IsDeleted).ToList();
        var confirmed = live.Count(n => review.On(n.Id).Count > 0);
        var people = review.Confirmations.Select(c => c.By.Id).Distinct().Count();
        var text = new StringBuilder(BotText.Escaped(culture, TextKeys.ReviewStatusHeader, map.Name, review.StartedBy.Name, new Markup(BotText.Date(culture, review.StartedAt, map.Cadence.TimeZone)), confirmed, live.Count, people));
        for (var i = 0; i < map.Stages.Count; i++)
        {
            var atStage = ReviewLines.AtStage(map, live, map.Stages[i].Id);
            text.Append("\n\n").Append(BotText.Escaped(culture, TextKeys.ReviewStatusStage, i + 1, map.Stages[i].Name, atStage.Count(n => review.On(n.Id).Count > 0), atStage.Count));
            foreach (var note in atStage.Take(ReviewLines.NotesPerStage))
            {
                var verdicts = ReviewLines.Verdicts(culture, review.On(note.Id), noteDeleted: false);
                text.Append('\n').Append(BotText.Get(culture, TextKeys.ReviewStatusNote, ReviewLines.Note(culture, map, note), verdicts.Length == 0 ? BotText.Get(culture, TextKeys.ReviewStatusNobody) : verdicts));
            }

            if (atStage.Count > ReviewLines.NotesPerStage)
            {
                text.Append('\n').Append(BotText.Get(culture, TextKeys.ReviewMoreNotes, atStage.Count - ReviewLines.NotesPerStage));
            }
        }

        var removed = all.Where(n => n.IsDeleted && review.On(n.Id).Any(c => c.Verdict == ReviewVerdict.Remove)).ToList();
        if (removed.Count > 0)
        {
            text.Append("\n\n").Append(BotText.Get(culture, TextKeys.ReviewStatusRemoved, string.Join(", ", removed.Select(n => $"`{n.Id}` ({ReviewLines.Verdicts(culture, review.On(n.Id), noteDeleted: true)})"))));
        }

        await context.SendActivityAsync(text.ToString(), cancellationToken);
    }

    /// <summary>
    /// Facilitators only: closes the open review, stores a snapshot of the map, marks it reviewed, moves the next
    /// reminder, and sums up who kept, edited and removed what. Returns whether this call closed it.
    /// </summary>
    public async Task<bool> CloseAsync(TurnContext context, JourneyMap map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        var me = ConversationScopes.SenderOf(context.Activity);
        if (!map.IsFacilitator(me.Id))
        {
            var facilitators = new[] { map.CreatedBy }.Concat(map.Facilitators).DistinctBy(p => p.Id).Select(p => p.Name);
            await context.SayAsync(TextKeys.ReviewCloseNotFacilitator, cancellationToken, new Markup(ReviewLines.Names(context.Culture(), facilitators)));
            return false;
        }

        var open = await reviews.GetOpenAsync(map.Scope, map.Id, cancellationToken);
        if (open is null)
        {
            await context.SayAsync(TextKeys.ReviewNoneOpen, cancellationToken, map.Name);
            return false;
        }

        var now = time.GetUtcNow();
        Review closed;
        try
        {
            closed = await reviews.CloseAsync(map.Scope, map.Id, open.Id, me, now, cancellationToken);
        }
        catch (ReviewClosedException)
        {
            await context.SayAsync(TextKeys.ReviewAlreadyClosed, cancellationToken);
            return false;
        }

        var all = await notes.ListAsync(map.Scope, map.Id, includeDeleted: true, cancellationToken);
        var previous = await snapshots.GetLatestAsync(map.Scope, map.Id, cancellationToken);
        await snapshots.AddAsync(map.Scope, MapSnapshot.Take(map, all, closed.Id, me, now), cancellationToken);
        await maps.UpdateAsync(map.Scope, map.Id, m => m.MarkReviewed(me, now), cancellationToken);
        await reminders.ReviewClosedAsync(map.Scope, map.Id, now, cancellationToken);

        await context.SendActivityAsync(Summary(context.Culture(), map, closed, all, previous), cancellationToken);
        return true;
    }

    private static string Summary(CultureInfo culture, JourneyMap map, Review closed, IReadOnlyList<Domain.Notes.Note> all, MapSnapshot? previous)
    {
        var deleted = all.Where(n => n.IsDeleted).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var tally = closed.Tally(deleted);
        var unconfirmed = all.Count(n => !n.IsDeleted && closed.On(n.Id).Count == 0);
        var text = new StringBuilder(BotText.Escaped(culture, TextKeys.ReviewClosed, map.Name, closed.ClosedBy!.Name));
        Line(TextKeys.ReviewTallyKept, tally.Kept, tally.People[ReviewVerdict.Keep]);
        Line(TextKeys.ReviewTallyEdited, tally.Edited, tally.People[ReviewVerdict.Edit]);
        var removers = closed.Confirmations.Where(c => c.Verdict == ReviewVerdict.Remove && deleted.Contains(c.NoteId)).Select(c => c.By).DistinctBy(p => p.Id).ToList();
        Line(TextKeys.ReviewTallyRemoved, tally.Removed, removers);
        Line(TextKeys.ReviewTallyUnconfirmed, unconfirmed, []);
        if (tally.Flagged.Count > 0)
        {
            text.Append("\n\n").Append(BotText.Get(culture, TextKeys.ReviewClosedFlagged, string.Join(", ", tally.Flagged.Select(id => $"`{id}`"))));
        }

        if (previous is not null)
        {
            var changes = previous.Compare(all);
            text.Append("\n\n").Append(BotText.Get(culture, TextKeys.ReviewClosedSince, BotText.Date(culture, previous.TakenAt, map.Cadence.TimeZone), changes.Added.Count, changes.Edited.Count, changes.Removed.Count));
        }

        return text.ToString();

        void Line(string label, int count, IReadOnlyList<Person> people)
        {
            var line = people.Count == 0 || count == 0
                ? BotText.Get(culture, TextKeys.ReviewTallyCount, BotText.Get(culture, label), count)
                : BotText.Get(culture, TextKeys.ReviewTallyLine, BotText.Get(culture, label), count, ReviewLines.Names(culture, people.Select(p => p.Name)));
            text.Append('\n').Append(line);
        }
    }

    private static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
