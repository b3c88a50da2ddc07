namespace JourneyBot.TestSupport.Playground;

/// <summary>A channel of the Playground's team. The General channel's id is the team's id.</summary>
public sealed record PlaygroundChannel(string Id, string Name, string? ChannelType = null);
