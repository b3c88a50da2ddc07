namespace JourneyBot.TestSupport.Playground;

/// <summary>The Playground's one team: General plus at most one more channel.</summary>
public sealed record PlaygroundTeam(
    string Id,
    string Name,
    string? AadGroupId,
    IReadOnlyList<PlaygroundChannel> Channels,
    IReadOnlyList<string>? Members = null)
{
    /// <summary>The General channel, whose conversation id is the team id.</summary>
    public PlaygroundChannel General => Channels.First(c => c.Id == Id);

    /// <summary>The channel with this display name.</summary>
    public PlaygroundChannel Channel(string name) =>
        Channels.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The Playground team '{Name}' has no channel '{name}' (it has: {string.Join(", ", Channels.Select(c => c.Name))}).");
}
