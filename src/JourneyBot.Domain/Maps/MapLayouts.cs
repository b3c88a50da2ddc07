namespace JourneyBot.Domain.Maps;

/// <summary>
/// The stages and lanes each template starts with, as stable keys. The bot turns keys into names
/// in the language of the person who creates the map.
/// </summary>
public static class MapLayouts
{
    private static readonly string[] JourneyStages = ["awareness", "consideration", "purchase", "use", "feedback"];
    private static readonly string[] SprintStages = ["discover", "research", "purchase", "use", "support"];

    /// <summary>Stage keys of a template, in order.</summary>
    public static IReadOnlyList<string> StageKeys(MapTemplate template) => template switch
    {
        MapTemplate.CustomerJourney => JourneyStages,
        MapTemplate.SprintServiceMap => SprintStages,
        MapTemplate.ServiceBlueprint => JourneyStages,
        _ => [],
    };

    /// <summary>Lanes of a template, top to bottom, as (key, kind).</summary>
    public static IReadOnlyList<(string Key, LaneKind Kind)> LaneKeys(MapTemplate template) => template switch
    {
        MapTemplate.ServiceBlueprint =>
        [
            ("physicalEvidence", LaneKind.PhysicalEvidence),
            ("customer", LaneKind.Customer),
            ("frontstage", LaneKind.Frontstage),
            ("backstage", LaneKind.Backstage),
            ("supportProcesses", LaneKind.Support),
        ],
        MapTemplate.Blank => [],
        _ => [("customer", LaneKind.Customer)],
    };

    /// <summary>Builds a new map from a template, with stage and lane names resolved by <paramref name="nameOf"/>.</summary>
    public static JourneyMap Create(
        string id,
        MapScope scope,
        string name,
        string persona,
        string goal,
        MapTemplate template,
        Person createdBy,
        DateTimeOffset now,
        Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(nameOf);
        var stages = StageKeys(template).Select((key, i) => new Stage($"s{i + 1}", nameOf(key))).ToList();
        var lanes = LaneKeys(template).Select((lane, i) => new Lane($"l{i + 1}", nameOf(lane.Key), lane.Kind)).ToList();
        return new JourneyMap
        {
            Id = id,
            Scope = scope,
            Name = MapText.Truncate(MapText.CleanName(name), JourneyMap.MaxNameLength),
            Persona = MapText.Truncate(persona.Trim(), JourneyMap.MaxDescriptionLength),
            Goal = MapText.Truncate(goal.Trim(), JourneyMap.MaxDescriptionLength),
            Template = template,
            Stages = stages,
            Lanes = lanes,
            CreatedBy = createdBy,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
