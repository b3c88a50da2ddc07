namespace JourneyBot.EndToEnd.Tests.Harness;

/// <summary>How to run the bot for end-to-end tests.</summary>
/// <param name="DllPath">The built bot, run as <c>dotnet DllPath</c> from its own folder (its content root).</param>
/// <param name="Port">The loopback port to listen on; kept across restarts because the Playground points at it.</param>
/// <param name="StorageConnectionString">Azurite's (or a real account's) Table Storage connection string.</param>
/// <param name="TablePrefix">Letters and digits put before every table name, so runs do not share data.</param>
public sealed record BotUnderTestOptions(string DllPath, int Port, string StorageConnectionString, string TablePrefix)
{
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan StopGracePeriod { get; init; } = TimeSpan.FromSeconds(10);
}
