namespace JourneyBot.Domain.Maps;

/// <summary>
/// A customer journey map, service map or blueprint: who it is for, what it should answer,
/// and its stages (columns) and lanes (rows). Notes live apart from the map record.
/// </summary>
public sealed record JourneyMap
{
    /// <summary>The longest map, stage or lane name accepted.</summary>
    public const int MaxNameLength = 80;

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

    /// <summary>True when a stage of this name exists (case- and accent-insensitive).</summary>
    public bool HasStageNamed(string name) => Stages.Any(s => NameComparer.Same(s.Name, name));

    /// <summary>
    /// Inserts a stage at a 1-based <paramref name="position"/> (clamped to the ends).
    /// Throws <see cref="MapRuleException"/> for a duplicate name or a full map.
    /// </summary>
    public JourneyMap AddStage(string name, int position, DateTimeOffset now)
    {
        var clean = MapText.CleanName(name);
        if (clean.Length == 0)
        {
            throw new MapRuleException(MapRule.EmptyName);
        }

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

    private static string NextId(string prefix, IEnumerable<string> existing)
    {
        var max = existing
            .Select(id => id.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(id.AsSpan(prefix.Length), out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return prefix + (max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
