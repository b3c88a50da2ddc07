namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// The <see cref="System.Security.Claims.ClaimsIdentity.AuthenticationType"/> values of identities
/// produced by inbound authentication. An identity from anonymous (Development-only) mode has no
/// authentication type, so its <see cref="System.Security.Claims.ClaimsIdentity.IsAuthenticated"/> is false.
/// </summary>
public static class BotAuthenticationTypes
{
    /// <summary>A token issued by the Bot Framework token service (<c>https://api.botframework.com</c>).</summary>
    public const string BotFramework = "BotFramework";

    /// <summary>A token issued by Microsoft Entra ID for the bot's tenant.</summary>
    public const string Entra = "Entra";
}
