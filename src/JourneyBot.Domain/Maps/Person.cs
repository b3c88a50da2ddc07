namespace JourneyBot.Domain.Maps;

/// <summary>Someone who contributes: only the channel id and the display name are kept.</summary>
public sealed record Person(string Id, string Name);
