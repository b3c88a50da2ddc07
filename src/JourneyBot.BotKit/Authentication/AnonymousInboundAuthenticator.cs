using System.Security.Claims;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// Accepts every activity. Registered only in the Development environment when no app id is
/// configured (local tools such as the Agents Playground send no token).
/// </summary>
internal sealed class AnonymousInboundAuthenticator : IInboundAuthenticator
{
    public Task<InboundAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        // No authentication type: IsAuthenticated is false, which is how callers tell anonymous mode apart.
        Task.FromResult(InboundAuthenticationResult.Success(new ClaimsIdentity()));
}
