using JourneyBot.TestSupport.Reliability;

namespace JourneyBot.Reliability;

/// <summary>The scenarios of the suite, in the order they run (storage outage last: it stops Azurite).</summary>
internal static class SuiteScenarios
{
    public static IEnumerable<IReliabilityScenario> All() =>
    [
        new HappyPathScenario(),
        new BadInputScenario(),
        new FuzzScenario(),
        new RedeliveryScenario(),
        new ConnectorFaultScenario(),
        new ConcurrencyScenario(),
        new StorageOutageScenario(),
    ];
}
