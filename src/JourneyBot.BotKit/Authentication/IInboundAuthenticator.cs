using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Authentication;

/// <summary>Checks the <c>Authorization</c> header of an activity posted to the bot.</summary>
public interface IInboundAuthenticator
{
    Task<InboundAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
