using System.Text.Json.Nodes;
using JourneyBot.TestSupport.Playground;

namespace JourneyBot.EndToEnd.Tests.Harness;

/// <summary>
/// What the bot sent in answer to one thing the user did: one or more messages. The Expect...
/// methods fail the test with the session's transcript and diagnostics.
/// </summary>
public sealed record BotReply(IReadOnlyList<BotMessage> Messages, ChatSession Session)
{
    /// <summary>The texts of the messages, one per line.</summary>
    public string Text => string.Join('\n', Messages.Select(m => m.Text).Where(t => !string.IsNullOrEmpty(t)));

    public IReadOnlyList<JsonObject> Cards => [.. Messages.SelectMany(m => m.Cards)];

    public bool HasCard => Cards.Count > 0;

    /// <summary>The TextBlock texts of all cards, in order.</summary>
    public IReadOnlyList<string> CardTextBlocks => [.. Messages.SelectMany(m => m.CardTextBlocks)];

    /// <summary>Every string in all cards, in order.</summary>
    public IReadOnlyList<string> CardStrings => [.. Messages.SelectMany(m => m.CardStrings)];

    /// <summary>The position of the first card TextBlock containing <paramref name="text"/>, or -1.</summary>
    public int IndexOfTextBlockContaining(string text)
    {
        var blocks = CardTextBlocks;
        for (var index = 0; index < blocks.Count; index++)
        {
            if (blocks[index].Contains(text, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Expects some text or a card.</summary>
    public void ExpectTextOrCard()
    {
        if (Text.Length == 0 && !HasCard)
        {
            Session.Fail($"Expected a text or a card; the bot sent: {this}");
        }
    }

    /// <summary>Expects at least one card.</summary>
    public void ExpectCard()
    {
        if (!HasCard)
        {
            Session.Fail($"Expected a card; the bot sent: {this}");
        }
    }

    /// <summary>Expects every message in the chat or thread <paramref name="conversationId"/>.</summary>
    public void ExpectIn(string conversationId)
    {
        var elsewhere = Messages.Where(m => m.ThreadId != conversationId).ToList();
        if (elsewhere.Count > 0)
        {
            Session.Fail($"Expected the reply in {conversationId}; {elsewhere.Count} message(s) went to {string.Join(", ", elsewhere.Select(m => m.ThreadId).Distinct())}.");
        }
    }

    /// <summary>Expects a card whose TextBlocks show each of <paramref name="texts"/>, in this order.</summary>
    public void ExpectCardShowingInOrder(params string[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (!HasCard)
        {
            Session.Fail($"Expected a card showing {Quote(texts)}; the bot sent no card: {this}");
        }

        var positions = texts.Select(IndexOfTextBlockContaining).ToList();
        var missing = texts.Where((_, i) => positions[i] < 0).ToList();
        if (missing.Count > 0)
        {
            Session.Fail($"Expected the card to show {Quote(missing)} in a TextBlock; its TextBlocks are {Quote(CardTextBlocks)}.");
        }

        for (var i = 1; i < positions.Count; i++)
        {
            if (positions[i - 1] >= positions[i])
            {
                Session.Fail($"Expected the card to show {Quote(texts)} in this order; its TextBlocks are {Quote(CardTextBlocks)}.");
            }
        }
    }

    /// <summary>Expects a card whose TextBlocks show <paramref name="text"/>.</summary>
    public void ExpectCardShowing(string text) => ExpectCardShowingInOrder(text);

    /// <summary>
    /// Expects a card row (a ColumnSet) whose TextBlocks include exactly <paramref name="cells"/>,
    /// one after another: e.g. a contributor's name and their count.
    /// </summary>
    public void ExpectCardRow(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var rows = Messages.SelectMany(m => m.CardElements("ColumnSet")).Select(row => BotMessage.TextBlocksOf(row)).ToList();
        if (!rows.Any(row => Enumerable.Range(0, Math.Max(0, row.Count - cells.Length + 1)).Any(start => row.Skip(start).Take(cells.Length).SequenceEqual(cells))))
        {
            Session.Fail($"Expected a card row showing {Quote(cells)}; the rows are {string.Join(" ", rows.Select(Quote))}.");
        }
    }

    /// <summary>Expects the texts of the messages (not cards) to contain each of <paramref name="fragments"/>.</summary>
    public void ExpectTextShowing(params string[] fragments)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        var missing = fragments.Where(f => !Text.Contains(f, StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            Session.Fail($"Expected the text to show {Quote(missing)}; the bot sent: {this}");
        }
    }

    /// <summary>
    /// Expects this reply to replace <paramref name="earlier"/>'s card where it is, as the
    /// Playground shows it: an update of that message, or the invoke response that replaced it.
    /// </summary>
    public void ExpectReplaces(BotReply earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var ids = earlier.Messages.Where(m => m.HasCard).Select(m => m.MessageId).ToHashSet();
        if (!Messages.Any(m => (m.IsUpdate || m.IsInvokeResponse) && m.HasCard && ids.Contains(m.MessageId)))
        {
            Session.Fail($"Expected the card {Quote(ids)} to be replaced by a card in place; the bot sent: {this}");
        }
    }

    /// <summary>The value of the choice titled <paramref name="title"/> of the card's Input.ChoiceSet <paramref name="inputId"/>.</summary>
    public string ChoiceValue(string inputId, string title)
    {
        var choiceSet = Messages.SelectMany(m => m.CardElements("Input.ChoiceSet")).FirstOrDefault(c => (string?)c["id"] == inputId);
        if (choiceSet is null)
        {
            Session.Fail($"Expected a card with the input \"{inputId}\"; the bot sent: {this}");
        }

        var choices = (choiceSet["choices"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var value = choices.Where(c => (string?)c["title"] == title).Select(c => (string?)c["value"]).FirstOrDefault();
        if (value is null)
        {
            Session.Fail($"Expected the input \"{inputId}\" to offer \"{title}\"; it offers {Quote(choices.Select(c => $"{(string?)c["title"]}={(string?)c["value"]}"))}.");
        }

        return value;
    }

    public override string ToString() => string.Join('\n', Messages.Select(m => m.Summary()));

    private static string Quote(IEnumerable<string> texts) => "[" + string.Join(", ", texts.Select(t => $"\"{t}\"")) + "]";
}
