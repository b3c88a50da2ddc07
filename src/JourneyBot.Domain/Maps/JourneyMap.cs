using JourneyBot.Domain.Reminders;

namespace JourneyBot.Domain.Maps;

/// <summary>
/// A customer journey map, service map or blueprint: who it is for, what it should answer,
/// and its stages (columns) and lanes (rows). Notes live apart from the map record.
/// </summary>
public sealed record JourneyMap
{
    /// <summary>The longest map, stage or lane name accepted.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest persona or goal accepted.</summary>
    public const int MaxDescriptionLength = 500;

    /// <summary>The most stages a map may have.</summary>
    public const int MaxStages = 30;

    public required string Id { get; init; }
    public required MapScope Scope { get; init; }
    public required string Name { get; init; }
    public required string Persona { get; init; }
    public required string Goal { get; init; }
    public required MapTemplate Template { get; init; }
    public required IReadOnlyList<Stage> Stages { get; init; }
    public required IReadOnlyList<Lane> Lanes { get; init; }
    public required Person CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Who may rename or delete the map, its stages and lanes: the creator and the co-facilitators they add.</summary>
    public IReadOnlyList<Person> Facilitators { get; init; } = [];

    /// <summary>Set when a facilitator deleted the map: it is kept, but no longer listed or used.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    public Person? DeletedBy { get; init; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>When a facilitator last closed a review of the map; null until the first review.</summary>
    public DateTimeOffset? LastReviewedAt { get; init; }

    /// <summary>Who closed that review.</summary>
    public Person? LastReviewedBy { get; init; }

    /// <summary>How often and when the map's reviewers are reminded (default: every 2 weeks, Monday 09:00).</summary>
    public ReviewCadence Cadence { get; init; } = ReviewCadence.Default;

    /// <summary>
    /// True for a map stored before maps had review reminders: it has the default cadence, but no reminder was
    /// ever scheduled for it. Setting a cadence (<see cref="WithCadence"/>) stores it and clears this.
    /// </summary>
    public bool PredatesReminders { get; init; }

    /// <summary>
    /// The map's default language (a culture name: <c>en</c> or <c>zh-Hans</c>), used for messages to the whole
    /// channel (reminders) and for anyone whose own language is not known. New maps take their creator's; null for a
    /// map stored before maps had one, which then counts as English.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Sets the map's default language.</summary>
    public JourneyMap WithLanguage(string language, DateTimeOffset now) => this with { Language = language, UpdatedAt = now };

    /// <summary>Sets the review cadence.</summary>
    public JourneyMap WithCadence(ReviewCadence cadence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        return this with { Cadence = cadence, UpdatedAt = now, PredatesReminders = false };
    }

    /// <summary>The calendar date at <paramref name="instant"/> where the map's people are (its reminder time zone).</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Cadence.TimeZone).DateTime);

    /// <summary>Records a closed review.</summary>
    public JourneyMap MarkReviewed(Person by, DateTimeOffset at) => this with { LastReviewedAt = at, LastReviewedBy = by, UpdatedAt = at };

    /// <summary>Renames the map (uniqueness among the scope's maps is the caller's check).</summary>
    public JourneyMap Rename(string name, DateTimeOffset now) => this with { Name = ValidName(name), UpdatedAt = now };

    /// <summary>Marks the map deleted; its notes stay stored.</summary>
    public JourneyMap Delete(Person by, DateTimeOffset now) => this with { DeletedAt = now, DeletedBy = by, UpdatedAt = now };

    /// <summary>The most lanes a map may have.</summary>
    public const int MaxLanes = 20;

    /// <summary>True when <paramref name="userId"/> is the creator or a co-facilitator.</summary>
    public bool IsFacilitator(string userId) =>
        CreatedBy.Id == userId || Facilitators.Any(f => f.Id == userId);

    public Stage? FindStage(string stageId) => Stages.FirstOrDefault(s => s.Id == stageId);

    public Lane? FindLane(string laneId) => Lanes.FirstOrDefault(l => l.Id == laneId);

    /// <summary>True when a lane of this name exists (case- and accent-insensitive).</summary>
    public bool HasLaneNamed(string name) => Lanes.Any(l => NameComparer.Same(l.Name, name));

    /// <summary>True when a stage of this name exists (case- and accent-insensitive).</summary>
    public bool HasStageNamed(string name) => Stages.Any(s => NameComparer.Same(s.Name, name));

    /// <summary>
    /// Inserts a stage at a 1-based <paramref name="position"/> (clamped to the ends).
    /// Throws <see cref="MapRuleException"/> for a duplicate name or a full map.
    /// </summary>
    public JourneyMap AddStage(string name, int position, DateTimeOffset now)
    {
        var clean = ValidName(name);
        if (HasStageNamed(clean))
        {
            throw new MapRuleException(MapRule.DuplicateStage, clean);
        }

        if (Stages.Count >= MaxStages)
        {
            throw new MapRuleException(MapRule.TooManyStages);
        }

        var index = Math.Clamp(position - 1, 0, Stages.Count);
        var stages = Stages.ToList();
        stages.Insert(index, new Stage(NextId("s", Stages.Select(s => s.Id)), clean));
        return this with { Stages = stages, UpdatedAt = now };
    }

    /// <summary>Renames a stage; the new name must be unique among the other stages.</summary>
    public JourneyMap RenameStage(string stageId, string name, DateTimeOffset now)
    {
        var stage = FindStage(stageId) ?? throw new MapRuleException(MapRule.UnknownStage, stageId);
        var clean = ValidName(name);
        if (Stages.Any(s => s.Id != stageId && NameComparer.Same(s.Name, clean)))
        {
            throw new MapRuleException(MapRule.DuplicateStage, clean);
        }

        return this with { Stages = Stages.Select(s => s.Id == stageId ? stage with { Name = clean } : s).ToList(), UpdatedAt = now };
    }

    /// <summary>Moves a stage to a 1-based position (clamped to the ends).</summary>
    public JourneyMap MoveStage(string stageId, int position, DateTimeOffset now)
    {
        var stage = FindStage(stageId) ?? throw new MapRuleException(MapRule.UnknownStage, stageId);
        var stages = Stages.Where(s => s.Id != stageId).ToList();
        stages.Insert(Math.Clamp(position - 1, 0, stages.Count), stage);
        return this with { Stages = stages, UpdatedAt = now };
    }

    /// <summary>Removes a stage. Its notes are the caller's to move or archive first.</summary>
    public JourneyMap RemoveStage(string stageId, DateTimeOffset now)
    {
        _ = FindStage(stageId) ?? throw new MapRuleException(MapRule.UnknownStage, stageId);
        return this with { Stages = Stages.Where(s => s.Id != stageId).ToList(), UpdatedAt = now };
    }

    /// <summary>
    /// Inserts a lane at a 1-based <paramref name="position"/> (top to bottom, clamped). A map has at most
    /// one customer lane.
    /// </summary>
    public JourneyMap AddLane(string name, LaneKind kind, int position, DateTimeOffset now, Person? owner = null)
    {
        var clean = ValidName(name);
        if (HasLaneNamed(clean))
        {
            throw new MapRuleException(MapRule.DuplicateLane, clean);
        }

        if (kind == LaneKind.Customer && Lanes.Any(l => l.Kind == LaneKind.Customer))
        {
            throw new MapRuleException(MapRule.SecondCustomerLane, clean);
        }

        if (Lanes.Count >= MaxLanes)
        {
            throw new MapRuleException(MapRule.TooManyLanes);
        }

        var lanes = Lanes.ToList();
        lanes.Insert(Math.Clamp(position - 1, 0, lanes.Count), new Lane(NextId("l", Lanes.Select(l => l.Id)), clean, kind, owner));
        return this with { Lanes = lanes, UpdatedAt = now };
    }

    /// <summary>The 1-based position just above (or below) the customer lane; the ends when there is none.</summary>
    public int PositionNextToCustomer(bool above)
    {
        var customer = Lanes.ToList().FindIndex(l => l.Kind == LaneKind.Customer);
        if (customer < 0)
        {
            return above ? 1 : Lanes.Count + 1;
        }

        return above ? customer + 1 : customer + 2;
    }

    public JourneyMap RenameLane(string laneId, string name, DateTimeOffset now)
    {
        var lane = FindLane(laneId) ?? throw new MapRuleException(MapRule.UnknownLane, laneId);
        var clean = ValidName(name);
        if (Lanes.Any(l => l.Id != laneId && NameComparer.Same(l.Name, clean)))
        {
            throw new MapRuleException(MapRule.DuplicateLane, clean);
        }

        return this with { Lanes = Lanes.Select(l => l.Id == laneId ? lane with { Name = clean } : l).ToList(), UpdatedAt = now };
    }

    public JourneyMap MoveLane(string laneId, int position, DateTimeOffset now)
    {
        var lane = FindLane(laneId) ?? throw new MapRuleException(MapRule.UnknownLane, laneId);
        var lanes = Lanes.Where(l => l.Id != laneId).ToList();
        lanes.Insert(Math.Clamp(position - 1, 0, lanes.Count), lane);
        return this with { Lanes = lanes, UpdatedAt = now };
    }

    /// <summary>Removes a lane. Its notes are the caller's to move or archive first.</summary>
    public JourneyMap RemoveLane(string laneId, DateTimeOffset now)
    {
        _ = FindLane(laneId) ?? throw new MapRuleException(MapRule.UnknownLane, laneId);
        return this with { Lanes = Lanes.Where(l => l.Id != laneId).ToList(), UpdatedAt = now };
    }

    /// <summary>Sets (or clears, with null) the person who owns a lane.</summary>
    public JourneyMap SetLaneOwner(string laneId, Person? owner, DateTimeOffset now)
    {
        var lane = FindLane(laneId) ?? throw new MapRuleException(MapRule.UnknownLane, laneId);
        return this with { Lanes = Lanes.Select(l => l.Id == laneId ? lane with { Owner = owner } : l).ToList(), UpdatedAt = now };
    }

    /// <summary>Adds a co-facilitator (no change when already one).</summary>
    public JourneyMap AddFacilitator(Person person, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(person);
        return IsFacilitator(person.Id) ? this : this with { Facilitators = [.. Facilitators, person], UpdatedAt = now };
    }

    private static string ValidName(string name)
    {
        var clean = MapText.CleanName(name);
        if (clean.Length == 0)
        {
            throw new MapRuleException(MapRule.EmptyName);
        }

        if (clean.Length > MaxNameLength)
        {
            throw new MapRuleException(MapRule.NameTooLong, clean);
        }

        return clean;
    }

    private static string NextId(string prefix, IEnumerable<string> existing)
    {
        var max = existing
            .Select(id => id.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(id.AsSpan(prefix.Length), out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return prefix + (max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
