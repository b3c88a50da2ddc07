using JourneyBot.Domain.Maps;

namespace JourneyBot.Storage.Tests.Support;

/// <summary>Builds journey maps for tests.</summary>
public static class TestMaps
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static MapScope NewScope() => new("tenant-" + Guid.NewGuid().ToString("N")[..8], "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2");

    public static JourneyMap Create(
        MapScope scope,
        string? id = null,
        string name = "Onboarding",
        MapTemplate template = MapTemplate.CustomerJourney,
        DateTimeOffset? createdAt = null) =>
        MapLayouts.Create(
            id ?? "m" + Guid.NewGuid().ToString("N")[..8],
            scope,
            name,
            "New customer",
            "Where do people give up?",
            template,
            new Person("29:1creator", "Ada Creator"),
            createdAt ?? Now,
            key => key);
}
