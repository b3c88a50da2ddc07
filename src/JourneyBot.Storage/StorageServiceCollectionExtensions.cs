using Azure.Core;
using Azure.Data.Tables;
using JourneyBot.BotKit.State;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Storage.Actions;
using JourneyBot.Storage.Diagnostics;
using JourneyBot.Storage.Maps;
using JourneyBot.Storage.Notes;
using JourneyBot.Storage.People;
using JourneyBot.Storage.Reminders;
using JourneyBot.Storage.Reviews;
using JourneyBot.Storage.State;
using JourneyBot.Storage.Submissions;
using JourneyBot.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage;

/// <summary>Registers the Table Storage implementations of the bot's storage contracts.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="TableStorageOptions"/> from the <c>Storage</c> section of
    /// <paramref name="configuration"/> (checked at start), registers one <see cref="TableServiceClient"/>
    /// and, as singletons, <see cref="IMapRepository"/>, <see cref="INoteRepository"/>, <see cref="IActionItemRepository"/>, <see cref="ITurnStateStore"/>,
    /// <see cref="IProcessedActivityStore"/>, <see cref="IConversationReferenceStore"/>, <see cref="IReminderStore"/>,
    /// <see cref="IReviewRepository"/> and <see cref="ISnapshotRepository"/>, and a <see cref="TableTransactionCounter"/>
    /// that counts every request the table client sends (meter <c>JourneyBot.Storage</c>).
    /// Uses the registered <see cref="TimeProvider"/> (the system clock if none) and, with
    /// <see cref="TableStorageOptions.ServiceUri"/>, the registered <see cref="TokenCredential"/>.
    /// </summary>
    public static IServiceCollection AddJourneyStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<TableStorageOptions>()
            .Bind(configuration.GetSection(TableStorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TableStorageOptions>, TableStorageOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<TableTransactionCounter>();
        services.TryAddSingleton(provider => TableServiceClientFactory.Create(
            provider.GetRequiredService<IOptions<TableStorageOptions>>().Value,
            provider.GetService<TokenCredential>(),
            provider.GetRequiredService<TableTransactionCounter>()));
        services.TryAddSingleton<StorageTables>();

        services.TryAddSingleton<IMapRepository, TableMapRepository>();
        services.TryAddSingleton<INoteRepository, TableNoteRepository>();
        services.TryAddSingleton<IActionItemRepository, TableActionItemRepository>();
        services.TryAddSingleton<ITurnStateStore, TableTurnStateStore>();
        services.TryAddSingleton<IProcessedActivityStore, TableProcessedActivityStore>();
        services.TryAddSingleton<IConversationReferenceStore, TableConversationReferenceStore>();
        services.TryAddSingleton<IReminderStore, TableReminderStore>();
        services.TryAddSingleton<IReviewRepository, TableReviewRepository>();
        services.TryAddSingleton<ISnapshotRepository, TableSnapshotRepository>();
        services.TryAddSingleton<ISubmissionClaims, TableSubmissionClaims>();
        services.TryAddSingleton<IPersonLanguages, TablePersonLanguages>();
        return services;
    }
}
