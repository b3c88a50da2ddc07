using System.Text.Json.Nodes;

namespace JourneyBot.Journeys.Tests.Summaries;

/// <summary>Reads the parts of a summary card that are not plain TextBlocks: facts and actions.</summary>
internal static class SummaryCardReader
{
    /// <summary>Every fact of every FactSet, title to value.</summary>
    public static IReadOnlyDictionary<string, string> Facts(this JsonObject card)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in All(card).OfType<JsonObject>().Where(o => (string?)o["type"] == "FactSet"))
        {
            foreach (var fact in node["facts"]!.AsArray().OfType<JsonObject>())
            {
                facts[(string)fact["title"]!] = (string)fact["value"]!;
            }
        }

        return facts;
    }

    /// <summary>The commands of the selectable rows, in order.</summary>
    public static IReadOnlyList<string> RowCommands(this JsonObject card) =>
        All(card).OfType<JsonObject>()
            .Where(o => o["selectAction"] is JsonObject)
            .Select(o => (string)o["selectAction"]!["data"]!["command"]!)
            .ToList();

    /// <summary>The card's own buttons (title, command or url).</summary>
    public static IReadOnlyList<(string Title, string Target)> Buttons(this JsonObject card) =>
        card["actions"]!.AsArray().OfType<JsonObject>()
            .Select(a => ((string)a["title"]!, (string?)a["data"]?["command"] ?? (string)a["url"]!))
            .ToList();

    private static IEnumerable<JsonNode> All(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var inner in All(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var inner in All(child))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
