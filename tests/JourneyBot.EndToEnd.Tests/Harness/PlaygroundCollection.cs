namespace JourneyBot.EndToEnd.Tests.Harness;

/// <summary>The tests that share one bot and one Playground; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<JourneyBotEndToEndFixture>
{
    public const string Name = "Agents Playground";
}
