using Azure.Core;
using Azure.Data.Tables;
using JourneyBot.BotKit.State;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Storage.Actions;
using JourneyBot.Storage.Maps;
using JourneyBot.Storage.Notes;
using JourneyBot.Storage.State;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task AddJourneyStorage_WithConnectionString_ResolvesWorkingSingletons()
    {
        await using var provider = BuildProvider(new()
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:TablePrefix"] = storage.TablePrefix,
        });

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.IsType<TableMapRepository>(provider.GetRequiredService<IMapRepository>());
        Assert.IsType<TableNoteRepository>(provider.GetRequiredService<INoteRepository>());
        Assert.IsType<TableActionItemRepository>(provider.GetRequiredService<IActionItemRepository>());
        Assert.IsType<TableTurnStateStore>(provider.GetRequiredService<ITurnStateStore>());
        Assert.IsType<TableConversationReferenceStore>(provider.GetRequiredService<IConversationReferenceStore>());
        var activities = provider.GetRequiredService<IProcessedActivityStore>();
        Assert.IsType<TableProcessedActivityStore>(activities);
        Assert.Same(activities, provider.GetRequiredService<IProcessedActivityStore>());
        Assert.Same(provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<TableServiceClient>());

        Assert.True(await activities.TryBeginAsync("19:di", "a1", Ct));
        Assert.False(await activities.TryBeginAsync("19:di", "a1", Ct));
    }

    [Fact]
    public async Task AddJourneyStorage_BothConnectionStringAndServiceUri_FailsStartValidation()
    {
        await using var provider = BuildProvider(new()
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:ServiceUri"] = "https://account.table.core.windows.net/",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("exactly one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddJourneyStorage_NeitherConnectionStringNorServiceUri_FailsStartValidation()
    {
        await using var provider = BuildProvider([]);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("neither is set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddJourneyStorage_ServiceUriWithoutRegisteredCredential_FailsStartValidation()
    {
        await using var provider = BuildProvider(new() { ["Storage:ServiceUri"] = "https://account.table.core.windows.net/" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(nameof(TokenCredential), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddJourneyStorage_ServiceUriWithRegisteredCredential_UsesThatEndpoint()
    {
        await using var provider = BuildProvider(
            new() { ["Storage:ServiceUri"] = "https://account.table.core.windows.net/" },
            services => services.AddSingleton<TokenCredential>(new StaticCredential()));

        provider.GetRequiredService<IStartupValidator>().Validate();
        var client = provider.GetRequiredService<TableServiceClient>();

        Assert.Equal("account", client.AccountName);
    }

    [Fact]
    public async Task AddJourneyStorage_InvalidTablePrefix_FailsStartValidation()
    {
        await using var provider = BuildProvider(new()
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:TablePrefix"] = "1-bad",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("TablePrefix", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        configure?.Invoke(services);
        services.AddJourneyStorage(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
