using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using Xunit;

namespace JourneyBot.TestSupport.Transcripts;

/// <summary>Assertions on what the bot answered in a turn.</summary>
public static class ReplyAssertions
{
    /// <summary>Everything the bot said in the turn: message texts and the TextBlocks of its cards, one per line.</summary>
    public static string Text(this IReadOnlyList<Activity> replies) =>
        string.Join("\n", replies.SelectMany(r => new[] { r.Text }.Concat(CardTexts(r))).Where(t => !string.IsNullOrEmpty(t)));

    private static IEnumerable<string> CardTexts(Activity reply) =>
        (reply.Attachments ?? []).Where(a => a.ContentType == Attachment.AdaptiveCardContentType && a.Content is not null).SelectMany(a => a.Content!.TextBlocks());

    /// <summary>Asserts that some reply text contains <paramref name="expected"/>; returns the replies for chaining.</summary>
    public static IReadOnlyList<Activity> ShouldSay(this IReadOnlyList<Activity> replies, string expected)
    {
        var text = replies.Text();
        Assert.True(text.Contains(expected, StringComparison.Ordinal), $"Expected the bot to say “{expected}”, but it said:\n{text}");
        return replies;
    }

    /// <summary>Asserts that no reply text contains <paramref name="unexpected"/>.</summary>
    public static IReadOnlyList<Activity> ShouldNotSay(this IReadOnlyList<Activity> replies, string unexpected)
    {
        var text = replies.Text();
        Assert.False(text.Contains(unexpected, StringComparison.Ordinal), $"Expected the bot not to say “{unexpected}”, but it said:\n{text}");
        return replies;
    }

    /// <summary>The Adaptive Cards in the replies.</summary>
    public static IReadOnlyList<JsonObject> Cards(this IReadOnlyList<Activity> replies) =>
        replies
            .SelectMany(r => r.Attachments ?? [])
            .Where(a => a.ContentType == Attachment.AdaptiveCardContentType)
            .Select(a => a.Content!.AsObject())
            .ToList();

    /// <summary>Every TextBlock text of a card, in document order.</summary>
    public static IReadOnlyList<string> TextBlocks(this JsonNode card)
    {
        var texts = new List<string>();
        Collect(card, texts);
        return texts;
    }

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() == "TextBlock" && obj["text"] is JsonValue text)
                {
                    texts.Add(text.ToString());
                }

                foreach (var (_, child) in obj)
                {
                    Collect(child, texts);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, texts);
                }

                break;
        }
    }
}
