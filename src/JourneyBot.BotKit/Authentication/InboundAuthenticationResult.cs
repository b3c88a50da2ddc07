using System.Security.Claims;

namespace JourneyBot.BotKit.Authentication;

/// <summary>The outcome of inbound authentication: an identity, or why the request was refused.</summary>
public sealed record InboundAuthenticationResult(ClaimsIdentity? Identity, string? FailureReason)
{
    public bool Succeeded => Identity is not null;

    public static InboundAuthenticationResult Success(ClaimsIdentity identity) => new(identity, null);

    public static InboundAuthenticationResult Failure(string reason) => new(null, reason);
}
