namespace JourneyBot.BotKit.Authentication;

/// <summary>An outbound bearer token and when it stops being valid.</summary>
internal sealed record ConnectorAccessToken(string Token, DateTimeOffset ExpiresOn);
