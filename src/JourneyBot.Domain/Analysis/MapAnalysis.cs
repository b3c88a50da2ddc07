using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Domain.Analysis;

/// <summary>
/// Summarises a map from its notes: pure, no I/O, no clock. One pass over the notes, then work
/// proportional to the stages, lanes and findings.
/// </summary>
public static class MapAnalysis
{
    /// <summary>How many of the most recent changes <see cref="MapChanges.Newest"/> keeps.</summary>
    public const int NewestChanges = 5;

    private static readonly HashSet<LaneKind> BlueprintSupportKinds = [LaneKind.Backstage, LaneKind.Support];
    private static readonly HashSet<LaneKind> TeamKinds = [LaneKind.Frontstage, LaneKind.Backstage, LaneKind.Support, LaneKind.Stakeholder];

    /// <summary>Analyses <paramref name="notes"/> of <paramref name="map"/>.</summary>
    /// <param name="map">The map.</param>
    /// <param name="notes">Its notes, deleted ones included (they only count in <see cref="MapInsights.Changes"/>).</param>
    /// <param name="since">Start of the period <see cref="MapInsights.Changes"/> covers (e.g. the last review).</param>
    /// <param name="focus">Count only the notes of one stage and/or lane.</param>
    public static MapInsights Analyse(JourneyMap map, IReadOnlyList<Note> notes, DateTimeOffset since, MapFocus? focus = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(notes);
        var stageIndex = IndexOf(map.Stages.Select(s => s.Id));
        var laneIndex = IndexOf(map.Lanes.Select(l => l.Id));
        var basis = map.Lanes.Any(l => BlueprintSupportKinds.Contains(l.Kind)) ? SupportBasis.BlueprintLanes
            : map.Lanes.Any(l => TeamKinds.Contains(l.Kind)) ? SupportBasis.TeamLanes
            : SupportBasis.None;
        var supportKinds = basis == SupportBasis.BlueprintLanes ? BlueprintSupportKinds : TeamKinds;
        var isSupportLane = map.Lanes.Select(l => supportKinds.Contains(l.Kind)).ToArray();

        var total = new KindCounts();
        var stageCounts = map.Stages.Select(_ => new KindCounts()).ToArray();
        var laneCounts = map.Lanes.Select(_ => new KindCounts()).ToArray();
        var stageEmotion = new Mean[map.Stages.Count];
        var laneEmotion = new Mean[map.Lanes.Count];
        var stageSupported = new bool[map.Stages.Count];
        var contributors = new HashSet<string>(StringComparer.Ordinal);
        var worksWell = new List<(int Stage, Note Note)>();
        var doesNotWork = new List<(int Stage, Note Note)>();
        var quotes = new List<(int Stage, Note Note)>();
        var changes = new ChangeTally(since);

        foreach (var note in notes)
        {
            if (!InFocus(note, focus))
            {
                continue;
            }

            changes.Add(note);
            if (note.IsDeleted || !stageIndex.TryGetValue(note.StageId, out var stage) || !laneIndex.TryGetValue(note.LaneId, out var lane))
            {
                continue;
            }

            total.Add(note.Kind);
            stageCounts[stage].Add(note.Kind);
            laneCounts[lane].Add(note.Kind);
            stageSupported[stage] |= isSupportLane[lane];
            if (note.Kind == NoteKind.Handoff && note.ToLaneId is { } to && to != note.LaneId && laneIndex.TryGetValue(to, out var toLane))
            {
                laneCounts[toLane].Add(note.Kind);
                stageSupported[stage] |= isSupportLane[toLane];
            }

            contributors.Add(note.Author.Id);
            switch (note.Kind)
            {
                case NoteKind.Emotion when note.Score is { } score:
                    stageEmotion[stage].Add(score);
                    laneEmotion[lane].Add(score);
                    break;
                case NoteKind.GreenFlag:
                    worksWell.Add((stage, note));
                    break;
                case NoteKind.RedFlag or NoteKind.PainPoint:
                    doesNotWork.Add((stage, note));
                    break;
                case NoteKind.Quote:
                    quotes.Add((stage, note));
                    break;
            }
        }

        var stages = map.Stages
            .Select((s, i) => new StageInsight(s, i + 1, stageCounts[i], stageEmotion[i].Average, stageEmotion[i].Count))
            .ToList();
        var lanes = map.Lanes
            .Select((l, i) => new LaneInsight(l, i + 1, laneCounts[i], laneEmotion[i].Average, laneEmotion[i].Count))
            .ToList();
        var scored = stages.Where(s => s.AverageEmotion is not null).ToList();
        return new MapInsights
        {
            Map = map,
            Focus = focus,
            NoteCount = total.Total,
            Contributors = contributors.Count,
            Counts = total,
            Stages = stages,
            Lanes = lanes,
            MostNegative = scored.Count == 0 ? null : Moment(scored.MinBy(s => s.AverageEmotion)!),
            MostPositive = scored.Count == 0 ? null : Moment(scored.MaxBy(s => s.AverageEmotion)!),
            End = scored.Count > 0 ? Moment(scored[^1]) : stages.Count > 0 ? Moment(stages[^1]) : null,
            WorksWell = InStageOrder(worksWell),
            DoesNotWork = InStageOrder(doesNotWork),
            Quotes = InStageOrder(quotes),
            Gaps = new CoverageGaps(
                basis,
                basis == SupportBasis.None ? [] : stages.Where(s => !stageSupported[s.Position - 1]).Select(s => s.Stage).ToList(),
                lanes.Where(l => l.Counts.Total == 0).Select(l => l.Lane).ToList(),
                stages.Where(s => s.Counts[NoteKind.Evidence] == 0).Select(s => s.Stage).ToList(),
                map.Lanes.Where(l => l.Kind != LaneKind.Customer && l.Owner is null).ToList()),
            Changes = changes.ToChanges(),
        };
    }

    private static bool InFocus(Note note, MapFocus? focus) =>
        focus is null
        || ((focus.StageId is null || note.StageId == focus.StageId)
            && (focus.LaneId is null || note.LaneId == focus.LaneId || note.ToLaneId == focus.LaneId));

    private static Dictionary<string, int> IndexOf(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            index.TryAdd(id, index.Count);
        }

        return index;
    }

    private static EmotionMoment Moment(StageInsight stage) => new(stage.Stage, stage.Position, stage.AverageEmotion);

    private static List<Note> InStageOrder(List<(int Stage, Note Note)> found)
    {
        found.Sort(static (a, b) =>
        {
            var byStage = a.Stage.CompareTo(b.Stage);
            if (byStage != 0)
            {
                return byStage;
            }

            var byTime = b.Note.CreatedAt.CompareTo(a.Note.CreatedAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(a.Note.Id, b.Note.Id);
        });
        return found.ConvertAll(f => f.Note);
    }

    /// <summary>A running mean of emotion scores.</summary>
    private struct Mean
    {
        private long _sum;

        public int Count { get; private set; }

        public readonly double? Average => Count == 0 ? null : (double)_sum / Count;

        public void Add(int score)
        {
            _sum += score;
            Count++;
        }
    }

    /// <summary>Counts changes since a moment and keeps the newest few, in one pass.</summary>
    private sealed class ChangeTally(DateTimeOffset since)
    {
        private readonly List<NoteChange> _newest = new(NewestChanges + 1);
        private int _added;
        private int _edited;
        private int _deleted;

        public void Add(Note note)
        {
            NoteChange? change = null;
            if (note.IsDeleted)
            {
                // Added and deleted within the period: never part of the map as last seen, so not a change.
                if (note.DeletedAt >= since && note.CreatedAt < since)
                {
                    _deleted++;
                    change = new NoteChange(note, NoteChangeKind.Deleted, note.DeletedAt.Value);
                }
            }
            else if (note.CreatedAt >= since)
            {
                _added++;
                change = new NoteChange(note, NoteChangeKind.Added, note.CreatedAt);
            }
            else if (note.UpdatedAt >= since)
            {
                _edited++;
                change = new NoteChange(note, NoteChangeKind.Edited, note.UpdatedAt);
            }

            if (change is not null)
            {
                Keep(change);
            }
        }

        public MapChanges ToChanges() => new(since, _added, _edited, _deleted, _newest.ToList());

        private void Keep(NoteChange change)
        {
            // Newest first; notes come in the order they were added, so among equal times the later one goes first.
            var at = _newest.FindIndex(c => c.At <= change.At);
            if (at < 0)
            {
                if (_newest.Count >= NewestChanges)
                {
                    return;
                }

                _newest.Add(change);
                return;
            }

            _newest.Insert(at, change);
            if (_newest.Count > NewestChanges)
            {
                _newest.RemoveAt(_newest.Count - 1);
            }
        }
    }
}
