using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Hosting;
using JourneyBot.BotKit.RateLimiting;
using JourneyBot.BotKit.Turns;
using JourneyBot.Journeys.Languages;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Actions;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Commands;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Dialogs;
using JourneyBot.Journeys.Exports;
using JourneyBot.Journeys.MapPage;
using JourneyBot.Journeys.Maps;
using JourneyBot.Journeys.Reminders;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Journeys.Reviews;
using JourneyBot.Journeys.Sharing;
using JourneyBot.Journeys.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Journeys;

/// <summary>Registers the bot's behaviour: turn handler, dialogs, commands and cards.</summary>
public static class JourneyServiceCollectionExtensions
{
    /// <summary>
    /// Adds the journey bot. Needs the storage contracts (maps, turn state, conversation references)
    /// and an <see cref="JourneyBot.Cards.ICardRenderer"/> registered by their own extensions.
    /// Binds <see cref="MapLinkOptions"/> to <c>MapLinks</c> (validated on start: signing key and public address)
    /// and <see cref="ImportOptions"/> to <c>Imports</c> (validated on start: download hosts and limits).
    /// </summary>
    public static IServiceCollection AddJourneys(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MapLinkOptions>().Bind(configuration.GetSection(MapLinkOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MapLinkOptions>, MapLinkOptionsValidator>());
        services.TryAddSingleton<IMapLinks, MapLinks>();
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ImportOptions>, ImportOptionsValidator>());

        // Downloads of attached files: redirects are not followed, since a redirect could leave the allowed hosts.
        services.AddHttpClient(ImportOptions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, ConnectTimeout = TimeSpan.FromSeconds(10) });
        services.TryAddSingleton<IMapExports, MapExports>();
        services.AddSingleton<ExportCommands>();
        services.AddSingleton<ImportSources>();
        services.AddSingleton<ImportCommands>();
        services.TryAddSingleton<IMapPageRenderer, MapPageRenderer>();
        services.AddSingleton<JourneyCards>();
        services.AddSingleton<MapSelection>();
        services.AddSingleton<MapCommands>();
        services.AddSingleton<NewMapDialog>();
        services.AddSingleton<AddStageDialog>();
        services.AddSingleton<AddNoteDialog>();
        services.AddSingleton<ShortcutNoteDialog>();
        services.AddSingleton<RemovePlaceDialog>();
        services.AddSingleton<DeleteMapDialog>();
        services.AddSingleton<ReviewDialog>();
        services.AddSingleton<ReviewCommands>();
        services.AddSingleton<MapEditCommands>();
        services.AddSingleton<LanguageResolver>();
        services.AddSingleton<LanguageCommands>();
        services.AddSingleton<ContributionService>();
        services.AddSingleton<NoteCommands>();
        services.AddSingleton<ActionCommands>();
        services.AddSingleton<NoteForm>();
        services.AddSingleton<SummaryCards>();
        services.AddSingleton<SummaryCommands>();
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName))
            .Validate(o => o.Problem() is null, "Reminders options are invalid (see ReminderOptions.Problem).").ValidateOnStart();
        services.TryAddSingleton<IReminderActionItems, ActionPlanReminderItems>();
        services.AddSingleton<ReminderScheduler>();
        services.TryAddSingleton<IReviewReminders>(sp => sp.GetRequiredService<ReminderScheduler>());
        services.AddSingleton<ReminderCards>();
        services.AddSingleton<ReminderCommands>();
        services.AddMetrics();
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton<IDialogInterruptions, JourneyInterruptions>();
        services.AddSingleton(sp =>
        {
            var newMap = sp.GetRequiredService<NewMapDialog>();
            var addStage = sp.GetRequiredService<AddStageDialog>();
            return new DialogSet(
            [
                newMap, .. newMap.Prompts(),
                addStage, .. addStage.Prompts(),
                sp.GetRequiredService<AddNoteDialog>(), .. AddNoteDialog.Prompts(),
                sp.GetRequiredService<ShortcutNoteDialog>(), .. ShortcutNoteDialog.Prompts(),
                sp.GetRequiredService<RemovePlaceDialog>(), .. RemovePlaceDialog.Prompts(),
                sp.GetRequiredService<DeleteMapDialog>(), .. DeleteMapDialog.Prompts(),
                sp.GetRequiredService<ReviewDialog>(), .. ReviewDialog.Prompts(),
            ]);
        });
        services.AddSingleton<DialogRunner>();
        services.AddSingleton<IBot, JourneyBotHandler>();
        services.AddSingleton<ITurnErrorHandler, JourneyTurnErrorHandler>();
        services.AddSingleton<IRateLimitedTurnHandler, JourneyRateLimitReply>();
        return services;
    }
}
