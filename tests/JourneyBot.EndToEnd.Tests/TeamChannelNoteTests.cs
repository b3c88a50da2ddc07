using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JourneyBot.EndToEnd.Tests.Harness;

namespace JourneyBot.EndToEnd.Tests;

// Notes in a team channel: the card form (Action.Execute, and its Action.Submit fallback) and the
// one-line shortcuts, by more than one person. Maps are seen by the whole team, and other tests
// make maps in the same team, so every map here has a name of its own and a colleague picks it
// with "use" before adding to it.
[Collection(PlaygroundCollection.Name)]
public sealed class TeamChannelNoteTests(JourneyBotEndToEndFixture fixture)
{
    [Fact]
    public async Task Notes_from_the_card_form_and_a_colleagues_shortcuts_are_credited_to_each_author()
    {
        var maya = fixture.OpenChannel("Journey maps");
        await NewCustomerJourneyAsync(maya, "Grocery delivery");

        var form = await maya.PostNewThreadAsync("add");                 // one card: kind, stage, lane, text...
        var filled = await maya.ExecuteAsync(form, IsNoteForm, Inputs(
            kind: "RedFlag",
            stage: form.ChoiceValue("stage", "Purchase"),
            lane: form.ChoiceValue("lane", "Customer"),
            text: "Card declined at checkout with no reason"));
        filled.ExpectReplaces(form);                                     // the form turns into the confirmation
        var mayasNote = ExpectNoteAdded(filled, "Red flag", "Grocery delivery", "Purchase / Customer", "Card declined at checkout with no reason");

        var daniel = maya.As("Daniel Okafor");                           // answers in the thread of the form
        var chosen = await daniel.SendAsync("use Grocery delivery");
        chosen.ExpectTextShowing("**Grocery delivery** is now your current map.");
        var redFlag = ExpectNoteAdded(
            await daniel.SendAsync("red flag Purchase/Customer: Substitutions are charged without asking"),
            "Red flag", "Grocery delivery", "Purchase / Customer", "Substitutions are charged without asking");
        var quote = ExpectNoteAdded(
            await daniel.SendAsync("quote Use: \"I had to call three times\" — Ana"),
            "Quote", "Grocery delivery", "Use / Customer", "I had to call three times");
        var emotion = ExpectNoteAdded(
            await daniel.SendAsync("emotion Use -2 half the frozen food arrives thawed"),
            "Emotion -2", "Grocery delivery", "Use / Customer", "half the frozen food arrives thawed");

        var map = await maya.PostNewThreadAsync("show map");
        map.ExpectCardShowingInOrder("Contributors (2)", "Daniel Okafor", "Maya Lindqvist");
        map.ExpectCardRow("Daniel Okafor", "3 notes");
        map.ExpectCardRow("Maya Lindqvist", "1 note");
        map.ExpectCardRow("Purchase", "2 notes");
        map.ExpectCardRow("Use", "2 notes");

        var notes = await maya.PostNewThreadAsync("notes");
        notes.ExpectTextShowing(
            "Notes on **Grocery delivery** (4):",
            NotesLine(mayasNote, "Purchase / Customer", "Maya Lindqvist"),
            NotesLine(redFlag, "Purchase / Customer", "Daniel Okafor"),
            NotesLine(quote, "Use / Customer", "Daniel Okafor"),
            NotesLine(emotion, "Use / Customer", "Daniel Okafor"));
    }

    [Fact]
    public async Task Shortcut_with_a_misspelled_stage_asks_which_one_and_the_numbered_answer_files_the_note()
    {
        var maya = fixture.OpenChannel("Journey maps");
        await NewCustomerJourneyAsync(maya, "Concert tickets");

        var question = await maya.PostNewThreadAsync("red flag Purchse: ticket page timed out during payment");
        question.ExpectTextShowing("There is no stage “Purchse” on **Concert tickets**. Which one did you mean?");
        var purchase = Regex.Match(question.Text, @"^(\d+)\. Purchase$", RegexOptions.Multiline);
        if (!purchase.Success)
        {
            maya.Fail($"Expected Purchase among the numbered choices; the bot sent: {question}");
        }

        var added = await maya.SendAsync(purchase.Groups[1].Value);
        var note = ExpectNoteAdded(added, "Red flag", "Concert tickets", "Purchase / Customer", "ticket page timed out during payment");

        var notes = await maya.PostNewThreadAsync("notes");
        notes.ExpectTextShowing("Notes on **Concert tickets** (1):", NotesLine(note, "Purchase / Customer", "Maya Lindqvist"));
    }

    // A client without Universal Actions runs the form's fallback: an Action.Submit with the same
    // data, which the bot answers by updating the form message in place.
    [Fact]
    public async Task Note_form_sent_through_its_Action_Submit_fallback_stores_the_note_and_updates_the_card()
    {
        var maya = fixture.OpenChannel("Journey maps");
        await NewCustomerJourneyAsync(maya, "Bike rental");

        var form = await maya.PostNewThreadAsync("add");
        var updated = await maya.ClickAsync(form, IsNoteForm, Inputs(
            kind: "PainPoint",
            stage: form.ChoiceValue("stage", "Use"),
            lane: form.ChoiceValue("lane", "Customer"),
            text: "The lock app asks for a new login at every bike"));
        updated.ExpectReplaces(form);
        var note = ExpectNoteAdded(updated, "Pain point", "Bike rental", "Use / Customer", "The lock app asks for a new login at every bike");

        var notes = await maya.PostNewThreadAsync("notes");
        notes.ExpectTextShowing("Notes on **Bike rental** (1):", NotesLine(note, "Use / Customer", "Maya Lindqvist"));
    }

    /// <summary>A note as its confirmation showed it: id, kind label and text.</summary>
    private sealed record AddedNote(string Id, string Kind, string Text);

    // Template 1, customer journey: stages Awareness, Consideration, Purchase, Use, Feedback; lane Customer.
    private static async Task NewCustomerJourneyAsync(ChatSession channel, string name)
    {
        await channel.PostNewThreadAsync("new map");                     // bot asks for the map's name
        await channel.SendAsync(name);                                   // ... the persona
        await channel.SendAsync("Parent who orders for a family of four on a phone"); // ... the goal
        await channel.SendAsync("Where does it go wrong for them?");     // ... the template
        await channel.SendAsync("1");                                    // customer journey: map created
    }

    private static bool IsNoteForm(JsonObject data) => (string?)data["action"] == "addNote";

    // Every input of the note form, as a Teams client sends them: the ones left alone empty.
    private static JsonObject Inputs(string kind, string stage, string lane, string text) => new()
    {
        ["kind"] = kind,
        ["stage"] = stage,
        ["lane"] = lane,
        ["toLane"] = string.Empty,
        ["text"] = text,
        ["score"] = string.Empty,
        ["extra"] = string.Empty,
    };

    /// <summary>
    /// Expects the confirmation "Added &lt;kind&gt; `&lt;id&gt;` to **&lt;map&gt;** · &lt;place&gt;: &lt;text&gt;"
    /// in a card of <paramref name="reply"/>, with a kind label starting with <paramref name="kind"/>
    /// and an Undo button for that note.
    /// </summary>
    private static AddedNote ExpectNoteAdded(BotReply reply, string kind, string map, string place, string text)
    {
        var pattern = new Regex($"^Added (?<kind>.+?) `(?<id>[^`\\s]+)` to \\*\\*{Regex.Escape(map)}\\*\\* · {Regex.Escape(place)}: (?<text>.*)$", RegexOptions.Singleline);
        var match = reply.CardTextBlocks.Select(block => pattern.Match(block)).FirstOrDefault(m => m.Success);
        if (match is null)
        {
            reply.Session.Fail($"Expected a card confirming a note on {map} · {place}; the bot sent: {reply}");
        }

        var note = new AddedNote(match.Groups["id"].Value, match.Groups["kind"].Value, match.Groups["text"].Value);
        if (!note.Kind.StartsWith(kind, StringComparison.Ordinal) || note.Text != text)
        {
            reply.Session.Fail($"Expected a {kind} note \"{text}\"; the confirmation is \"{match.Value}\".");
        }

        var undo = reply.Messages.SelectMany(m => m.CardActions).Any(a => (string?)a["data"]?["command"] == $"undo {note.Id}");
        if (!undo)
        {
            reply.Session.Fail($"Expected an Undo button (command \"undo {note.Id}\") on the confirmation; the bot sent: {reply}");
        }

        return note;
    }

    // One line of "notes": `id` Kind · Stage / Lane · Author: text
    private static string NotesLine(AddedNote note, string place, string author) =>
        $"`{note.Id}` {note.Kind} · {place} · {author}: {note.Text}";
}
