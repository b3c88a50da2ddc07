using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JourneyBot.Cards;

/// <summary>Registers card templating with the host.</summary>
public static class CardsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="CardTemplateOptions"/> to the <c>Cards</c> section (validated on start) and
    /// registers <see cref="ICardRenderer"/> as a singleton, so templates are parsed once per process.
    /// </summary>
    public static IServiceCollection AddCardTemplates(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<CardTemplateOptions>()
            .Bind(configuration.GetSection(CardTemplateOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.TemplateDirectory), "Cards:TemplateDirectory must not be empty.")
            .ValidateOnStart();
        services.TryAddSingleton<ICardRenderer, CardRenderer>();
        return services;
    }
}
