using System.Globalization;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Cards;
using JourneyBot.Cards.Validation;
using JourneyBot.Domain.Analysis;

namespace JourneyBot.Journeys.Summaries;

/// <summary>
/// Builds the summary of a map, a stage or a lane from an analysis: an Adaptive Card (cards/summary.json)
/// that always fits the card size limit, or the same content as markdown text.
/// </summary>
public sealed class SummaryCards(ICardRenderer renderer)
{
    public const string TemplateName = "summary";

    /// <summary>
    /// The summary card, at the most detailed <see cref="SummaryLimits.Levels">level</see> that stays within
    /// <see cref="CardValidator.MaxCardBytes"/>.
    /// </summary>
    /// <param name="culture">The reader's language.</param>
    /// <param name="insights">The analysis (narrowed to a stage or lane for their detail).</param>
    /// <param name="changeWindow">The period its changes cover, ending now.</param>
    /// <param name="mapUrl">The map page, or null for no link.</param>
    public Activity Card(CultureInfo culture, MapInsights insights, TimeSpan changeWindow, Uri? mapUrl)
    {
        JsonObject? card = null;
        foreach (var limits in SummaryLimits.Levels)
        {
            card = renderer.Render(TemplateName, SummaryView.Build(culture, insights, changeWindow, mapUrl, limits));
            if (CardValidator.Check(card).SizeInBytes <= CardValidator.MaxCardBytes)
            {
                break;
            }
        }

        return Activity.CreateCard(card!);
    }

    /// <summary>The same summary as markdown text, for channels that do not render Adaptive Cards.</summary>
    public static Activity Text(CultureInfo culture, MapInsights insights, TimeSpan changeWindow, Uri? mapUrl) =>
        Activity.CreateMessage(SummaryMarkdown.Render(culture, SummaryView.Build(culture, insights, changeWindow, mapUrl, SummaryLimits.Levels[0])));
}
