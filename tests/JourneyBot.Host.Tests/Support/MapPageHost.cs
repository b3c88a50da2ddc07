using System.Security.Cryptography;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Sharing;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Maps;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Host.Tests.Support;

/// <summary>
/// The bot with map links configured (a key of the test's own, links valid for <see cref="LinkLifetime"/>)
/// and a fake clock, plus its repositories to put maps in. Serves in memory, or on a loopback port for a
/// real browser (<see cref="LoopbackMapPageHost"/>).
/// </summary>
public class MapPageHost : IAsyncLifetime
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    private BotHostFactory? _factory;
    private WebApplicationFactory<Program>? _host;

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public MapScope Scope { get; } = new("tenant-map-page", "msteams:conversation:a:" + Guid.NewGuid().ToString("N"));

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Where the host listens; only for <see cref="LoopbackMapPageHost"/>.</summary>
    public Uri? BaseAddress { get; private set; }

    public IServiceProvider Services => _host!.Services;

    public IMapLinks Links => Services.GetRequiredService<IMapLinks>();

    public IMapRepository Maps => Services.GetRequiredService<IMapRepository>();

    public INoteRepository Notes => Services.GetRequiredService<INoteRepository>();

    protected virtual bool ListensOnLoopback => false;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = string.Empty,
            ["Storage:ConnectionString"] = await AzuriteServer.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = TestTablePrefix.Create("mappage"),
            ["MapLinks:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["MapLinks:PublicBaseUrl"] = "https://journeybot.test/",
            ["MapLinks:Lifetime"] = LinkLifetime.ToString(),
        };
        _factory = new BotHostFactory("Development", settings);
        _host = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time)));
        if (ListensOnLoopback)
        {
            _host.UseKestrel(0);
            _host.StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            BaseAddress = new UriBuilder(address) { Host = "127.0.0.1" }.Uri;
        }

        Client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    /// <summary>Stores a map and its notes (several at a time: a thousand notes take a moment).</summary>
    public async Task<SampleMap> StoreAsync(SampleMap sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        await Maps.CreateAsync(sample.Map, CancellationToken.None);
        await Parallel.ForEachAsync(
            sample.Notes,
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (note, ct) => await Notes.AddAsync(sample.Map.Scope, note, ct));
        return sample;
    }

    /// <summary>The path and query of a view link to a map of <see cref="Scope"/>, as the bot would hand it out now.</summary>
    public string ViewPath(string mapId, MapLinkPurpose purpose = MapLinkPurpose.View) => Links.Create(Scope, mapId, purpose).PathAndQuery;
}
