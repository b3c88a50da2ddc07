namespace JourneyBot.BotKit.Hosting;

/// <summary>Limits of the <c>/api/messages</c> endpoint. Bound to <c>Bot:Adapter</c>.</summary>
public sealed class BotAdapterOptions
{
    public const string SectionName = "Bot:Adapter";

    /// <summary>Largest request body accepted; bigger ones get 413. Teams activities are far smaller.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>How long one turn may run before it is cancelled.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
