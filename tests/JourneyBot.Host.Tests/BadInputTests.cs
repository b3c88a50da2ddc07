using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Reliability;

namespace JourneyBot.Host.Tests;

/// <summary>
/// The bad-input corpus against the real host: each case gets its 4xx with a reason or a clear reply, never a 5xx or
/// the generic error, and changes only the rows it should.
/// </summary>
public sealed class BadInputTests(BadInputTests.Maps maps) : IClassFixture<BadInputTests.Maps>
{
    public static TheoryData<string> Cases => [.. BadInputCorpus.All.Select(c => c.Name)];

    [Fact]
    public void The_corpus_has_at_least_sixty_distinct_cases()
    {
        Assert.True(BadInputCorpus.All.Count >= 60, $"{BadInputCorpus.All.Count} cases");
        Assert.Equal(BadInputCorpus.All.Count, BadInputCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_input_gets_a_clear_answer_and_stores_nothing_wrongly(string name)
    {
        var tally = new ReliabilityTally();

        var problems = await BadInputScenario.RunCaseAsync(maps.Host.Target, await maps.FixtureAsync(), BadInputCorpus.Get(name), tally, CancellationToken.None);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(0, tally.ServerErrors);
    }

    [Fact]
    public async Task The_scenario_passes_and_counts_what_it_tried()
    {
        var tally = new ReliabilityTally();

        await new BadInputScenario().RunAsync(maps.Host.Target, tally, ReliabilityScale.Quick, CancellationToken.None);

        Assert.True(tally.Passed, string.Join("\n", tally.Problems));
        Assert.True(tally.BadInputsTried >= BadInputCorpus.All.Count, $"{tally.BadInputsTried} bad inputs tried");
        Assert.True(tally.RequestsSent > tally.BadInputsTried, $"{tally.RequestsSent} requests sent");
    }

    /// <summary>One host and one set of maps for all the cases.</summary>
    public sealed class Maps : IAsyncLifetime
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private BadInputFixture? _fixture;

        private ReliabilityHost? _host;

        public ReliabilityHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

        public async Task<BadInputFixture> FixtureAsync()
        {
            await _gate.WaitAsync();
            try
            {
                return _fixture ??= await BadInputScenario.SetUpAsync(Host.Target, new ReliabilityTally(), CancellationToken.None);
            }
            finally
            {
                _gate.Release();
            }
        }

        public async Task InitializeAsync() => _host = await ReliabilityHost.StartAsync("badinput", dedicatedStorage: false);

        public async Task DisposeAsync()
        {
            if (_host is not null)
            {
                await _host.DisposeAsync();
            }

            _gate.Dispose();
        }
    }
}
