namespace JourneyBot.Journeys.Localization;

/// <summary>Keys of the flood-protection strings.</summary>
internal static partial class TextKeys
{
    public const string RateLimitedUser = nameof(RateLimitedUser);

    public const string RateLimitedConversation = nameof(RateLimitedConversation);
}
