namespace JourneyBot.BotKit.Schema;

/// <summary>The connector's answer to a send: the id of the created or updated activity.</summary>
public sealed record ResourceResponse(string? Id);
