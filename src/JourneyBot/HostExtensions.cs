using System.Security.Cryptography;
using Azure.Core;
using Azure.Identity;
using JourneyBot.Cards;
using JourneyBot.Health;
using JourneyBot.Journeys;
using JourneyBot.Journeys.Sharing;
using JourneyBot.Reminders;
using JourneyBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JourneyBot;

/// <summary>The journey bot's own registrations and endpoints.</summary>
internal static class HostExtensions
{
    public static IHostApplicationBuilder AddJourneyBot(this IHostApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{TableStorageOptions.SectionName}:{nameof(TableStorageOptions.ServiceUri)}"]))
        {
            // Production reaches Table Storage with the app's managed identity (or a developer's login).
            var credentialOptions = StorageCredential.Options(builder.Configuration);
            builder.Services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential(credentialOptions));
        }

        builder.Services.AddJourneyStorage(builder.Configuration);
        builder.Services.AddCardTemplates(builder.Configuration);
        builder.Services.AddJourneys(builder.Configuration);
        builder.Services.AddHostedService<ReminderBackgroundService>();
        builder.Services.AddJourneyBotHealthChecks();
        if (builder.Environment.IsDevelopment())
        {
            // Locally, links to the map page work without setup; they stop working when the bot restarts.
            builder.Services.PostConfigure<MapLinkOptions>(options =>
            {
                if (string.IsNullOrWhiteSpace(options.SigningKey))
                {
                    options.SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(MapLinkOptions.MinKeyBytes));
                }

                options.PublicBaseUrl ??= new Uri("http://localhost:3978");
            });
        }

        return builder;
    }
}
