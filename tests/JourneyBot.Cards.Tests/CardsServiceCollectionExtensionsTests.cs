using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JourneyBot.Cards.Tests;

public class CardsServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddCardTemplates(configuration).BuildServiceProvider();
    }

    [Fact]
    public void AddCardTemplates_BindsTheCardsSection()
    {
        using var provider = Build(new() { ["Cards:TemplateDirectory"] = "/srv/cards" });

        Assert.Equal("/srv/cards", provider.GetRequiredService<IOptions<CardTemplateOptions>>().Value.TemplateDirectory);
    }

    [Fact]
    public void AddCardTemplates_WithoutConfiguration_DefaultsToTheCardsFolder()
    {
        using var provider = Build([]);

        Assert.Equal("cards", provider.GetRequiredService<IOptions<CardTemplateOptions>>().Value.TemplateDirectory);
    }

    [Fact]
    public void AddCardTemplates_RegistersOneSharedRenderer()
    {
        using var provider = Build([]);

        var renderer = provider.GetRequiredService<ICardRenderer>();

        Assert.IsType<CardRenderer>(renderer);
        Assert.Same(renderer, provider.GetRequiredService<ICardRenderer>());
    }

    [Fact]
    public void AddCardTemplates_EmptyTemplateDirectory_FailsValidation()
    {
        using var provider = Build(new() { ["Cards:TemplateDirectory"] = " " });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CardTemplateOptions>>().Value);
    }
}
