namespace JourneyBot.BotKit.Authentication;

/// <summary>The values of <see cref="BotAuthenticationOptions.AppType"/> this implementation supports.</summary>
internal static class BotAppTypes
{
    public const string SingleTenant = "SingleTenant";

    public const string UserAssignedManagedIdentity = "UserAssignedMSI";

    public static bool IsSingleTenant(string? appType) =>
        string.Equals(appType, SingleTenant, StringComparison.OrdinalIgnoreCase);

    public static bool IsUserAssignedManagedIdentity(string? appType) =>
        string.Equals(appType, UserAssignedManagedIdentity, StringComparison.OrdinalIgnoreCase);
}
