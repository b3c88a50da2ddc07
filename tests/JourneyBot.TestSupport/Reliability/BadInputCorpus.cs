using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.TestSupport.Http;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// Bad inputs for /api/messages, each with the outcome it must get: malformed and mistyped activities, unknown
/// types and invokes, oversized bodies and texts, control characters, emoji, CJK and RTL text, characters Table
/// Storage forbids in keys and OData quotes in names, ids of maps and notes that do not exist or belong to another
/// team, stale and replayed card submits, card values of the wrong shape. The protocol-level cases complement
/// ProtocolEndpointTests (which covers empty, non-object and type-less bodies).
/// </summary>
public static class BadInputCorpus
{
    /// <summary>Odd but acceptable names: Table key-forbidden characters, OData quotes, emoji, CJK, RTL.</summary>
    public const string KeyForbiddenName = @"Ops/Billing #1? a\b";

    private const string QuoteName = "O'Brien \"QA\" ''";
    private const string WorldName = "客服 🎧 دعم";
    private const string Generic = "something went wrong";

    /// <summary>Every case, by name (names are unique).</summary>
    public static IReadOnlyList<BadInputCase> All { get; } = Build();

    /// <summary>The case called <paramref name="name"/>.</summary>
    public static BadInputCase Get(string name) => All.Single(c => c.Name == name);

    /// <summary>The generic "turn failed" reply's English wording: a bad input must never get it.</summary>
    public static string GenericErrorFragment => Generic;

    private static List<BadInputCase> Build()
    {
        var cases = new List<BadInputCase>();
        void Add(string name, Func<BadInputFixture, IReadOnlyList<BadInputRequest>> requests, BadInputExpectation expected) =>
            cases.Add(new BadInputCase(name, requests, expected));

        // --- Malformed JSON and wrong types at the protocol level: 400 with a reason.
        Add("json: truncated in a string", f => [Raw($"{{\"type\":\"message\",\"serviceUrl\":\"{f.ServiceUrl}\",\"text\":\"hel")], Refused(400, "Malformed activity JSON"));
        Add("json: trailing garbage after the object", f => [Raw(Message(f, "help").ToJsonString() + " trailing")], Refused(400, "Malformed activity JSON"));
        Add("json: invalid UTF-8 bytes", _ => [InvalidUtf8()], Refused(400, "Malformed activity JSON"));
        Add("json: single quotes instead of double", _ => [Raw("{'type':'message'}")], Refused(400, "Malformed activity JSON"));
        Add("json: comment inside", f => [Raw("/* hi */" + Message(f, "help").ToJsonString())], Refused(400, "Malformed activity JSON"));
        Add("json: nested 200 levels deep in value", f => [Raw(Message(f, "help").ToJsonString()[..^1] + ",\"value\":" + new string('[', 200) + new string(']', 200) + "}")], Refused(400, "Malformed activity JSON"));
        Add("json: NaN literal", f => [Raw(Message(f, "help").ToJsonString()[..^1] + ",\"value\":NaN}")], Refused(400, "Malformed activity JSON"));
        Add("type: text is a number", f => [With(Message(f, "x"), "text", 5)], Refused(400, "Malformed activity JSON"));
        Add("type: text is an object", f => [With(Message(f, "x"), "text", new JsonObject { ["a"] = 1 })], Refused(400, "Malformed activity JSON"));
        Add("type: from is a string", f => [With(Message(f, "help"), "from", "29:alice")], Refused(400, "Malformed activity JSON"));
        Add("type: from is an array", f => [With(Message(f, "help"), "from", new JsonArray("29:alice"))], Refused(400, "Malformed activity JSON"));
        Add("type: recipient is a number", f => [With(Message(f, "help"), "recipient", 28)], Refused(400, "Malformed activity JSON"));
        Add("type: entities is an object", f => [With(Message(f, "help"), "entities", new JsonObject { ["type"] = "mention" })], Refused(400, "Malformed activity JSON"));
        Add("type: entities holds numbers", f => [With(Message(f, "help"), "entities", new JsonArray(1, 2))], Refused(400, "Malformed activity JSON"));
        Add("type: attachments is a string", f => [With(Message(f, "help"), "attachments", "file.json")], Refused(400, "Malformed activity JSON"));
        Add("type: locale is a number", f => [With(Message(f, "help"), "locale", 1033)], Refused(400, "Malformed activity JSON"));
        Add("type: id is a boolean", f => [With(Message(f, "help"), "id", true)], Refused(400, "Malformed activity JSON"));
        Add("type: membersAdded is a string", f => [With(ConversationUpdate(f), "membersAdded", Activities.BotId)], Refused(400, "Malformed activity JSON"));
        Add("type: conversation.id is a number", f => [With(Message(f, "help"), "conversation", new JsonObject { ["id"] = 7 })], Refused(400, "Malformed activity JSON"));
        Add("size: 1 MB of channelData padding", f => [With(Message(f, "help"), "channelData", new JsonObject { ["pad"] = new string(' ', 1024 * 1024) })], Refused(413, "larger than"));
        Add("missing: type in a valid-looking invoke", f => [Without(Execute(f, new JsonObject { ["command"] = "help" }), "type")], Refused(400, "no type"));

        // --- Wrong types the schema allows (JSON nodes): the turn copes.
        Add("type: channelData is a string", f => [With(Message(f, "help"), "channelData", "tenant")], Answered("help"));
        Add("type: channelData.tenant.id is a number", f => [With(Without(Message(f, "help"), "conversation.tenantId"), "channelData", new JsonObject { ["tenant"] = new JsonObject { ["id"] = 5 } })], Answered("help"));
        Add("type: message value is a string", f => [With(Message(f, "help"), "value", "addNote")], Answered("help"));
        Add("type: message value is an array, no text", f => [With(Without(Message(f, string.Empty), "text"), "value", new JsonArray("addNote"))], Answered("Type **help**"));
        Add("type: card command is a number", f => [With(Without(Message(f, string.Empty), "text"), "value", new JsonObject { ["command"] = 42 })], Answered("Type **help**"));
        Add("type: duplicate keys in a card value", f => [Raw(Message(f, "help").ToJsonString()[..^1] + ",\"value\":{\"command\":\"help\",\"command\":\"maps\"}}")], Refused(400, "Malformed activity JSON"));
        Add("type: duplicate top-level text", f => [Raw(Message(f, "help").ToJsonString()[..^1] + ",\"text\":\"maps\"}")], Refused(400, "Malformed activity JSON"));
        Add("odd: conversation.tenantId is empty, channelData names the tenant", f => [With(Message(f, "help"), "conversation", new JsonObject { ["id"] = f.Conversation, ["conversationType"] = "personal", ["tenantId"] = string.Empty })], Answered("help"));
        Add("odd: conversation.tenantId is blank and nothing else names a tenant", f => [Without(With(Message(f, "help"), "conversation", new JsonObject { ["id"] = f.Conversation, ["conversationType"] = "personal", ["tenantId"] = "  " }), "channelData")], Answered("help"));
        Add("type: locale is not a culture", f => [With(Message(f, "help"), "locale", "xx-NOT-A-CULTURE-🙂")], Answered("help"));
        Add("type: mention without a mentioned account", f => [With(With(Message(f, "<at>JourneyBot</at> help"), "text", "<at>JourneyBot</at> help"), "entities", new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>JourneyBot</at>" }))], Answered("help"));
        Add("type: clientInfo timezone is a number", f => [With(Message(f, "help"), "entities", new JsonArray(new JsonObject { ["type"] = "clientInfo", ["timezone"] = 5 }))], Answered("help"));
        Add("missing: from on a command", f => [Without(Message(f, "maps"), "from")], Refused(400, "no from.id"));
        Add("missing: from.id on a note form", f => [Without(Form(f, v => v["text"] = "nobody wrote this"), "from.id")], Refused(400, "no from.id"));
        Add("size: 200,000-character from.id", f => [With(Message(f, "help"), "from", new JsonObject { ["id"] = new string('x', 200_000), ["name"] = "X" })], Refused(400, "from.id is longer than"));
        Add("size: 200,000-character display name on a note form", f => [With(Form(f, v => v["text"] = "long author"), "from", new JsonObject { ["id"] = "29:long", ["name"] = new string('n', 200_000) })], Refused(400, "from.name is longer than"));
        Add("odd: control characters in from.id", f => [With(Form(f, v => v["text"] = "control author"), "from", new JsonObject { ["id"] = "29:\u0000\u0001", ["name"] = "X" })], Refused(400, "from.id holds control characters"));
        Add("size: 100,000-character conversationType on a conversationUpdate", f => [With(ConversationUpdate(f), "conversation", new JsonObject { ["id"] = f.Conversation, ["conversationType"] = new string('t', 100_000) })], Refused(400, "conversationType is longer than"));
        Add("size: 100,000-character unknown field in the conversation of a conversationUpdate", f => [With(ConversationUpdate(f), "conversation", new JsonObject { ["id"] = f.Conversation, ["conversationType"] = "personal", ["extra"] = new string('e', 100_000) })], Answered("JourneyBot"));
        Add("size: 5,000-character conversation id", f => [With(Message(f, "help"), "conversation", new JsonObject { ["id"] = "a:" + new string('c', 5_000), ["conversationType"] = "personal" })], Refused(400, "conversation.id is longer than"));
        Add("missing: text and value", f => [Without(Message(f, string.Empty), "text")], Answered("Type **help**"));
        Add("odd: conversation id with key-forbidden characters", f => [With(Message(f, "help"), "conversation", new JsonObject { ["id"] = "a:x/y\\z#1?q'\"%|~!", ["conversationType"] = "personal", ["tenantId"] = Activities.TenantId })], Answered("help"));

        // --- Unknown activity types and invokes.
        Add("unknown: event activity", f => [With(With(Message(f, "help"), "type", "event"), "name", "application/vnd.unknown")], Ignored(200));
        Add("unknown: messageReaction", f => [With(Message(f, "help"), "type", "messageReaction")], Ignored(200));
        Add("unknown: type differs in case", f => [With(Message(f, "help"), "type", "MESSAGE")], Ignored(200));
        Add("unknown: installationUpdate remove", f => [With(With(Message(f, string.Empty), "type", "installationUpdate"), "action", "remove")], Ignored(200));
        Add("unknown: conversationUpdate with members lacking ids", f => [With(ConversationUpdate(f), "membersAdded", new JsonArray(new JsonObject(), new JsonObject { ["name"] = "x" }))], Ignored(200));
        Add("unknown: conversationUpdate with null membersAdded", f => [With(ConversationUpdate(f), "membersAdded", null)], Ignored(200));
        Add("unknown: conversationUpdate with a null member", f => [With(ConversationUpdate(f), "membersAdded", new JsonArray(null, new JsonObject { ["id"] = Activities.BotId }))], Answered("JourneyBot"));
        Add("invoke: task/fetch", f => [With(Execute(f, new JsonObject { ["command"] = "help" }), "name", "task/fetch")], Ignored(400));
        Add("invoke: no name", f => [Without(Execute(f, new JsonObject { ["command"] = "help" }), "name")], Ignored(400));
        Add("invoke: adaptiveCard/action without value", f => [Without(Execute(f, new JsonObject()), "value")], Ignored(200));
        Add("invoke: value is a string", f => [With(Execute(f, new JsonObject()), "value", "Action.Execute")], Ignored(200));
        Add("invoke: action is an array", f => [With(Execute(f, new JsonObject()), "value", new JsonObject { ["action"] = new JsonArray(1) })], Ignored(200));
        Add("invoke: data is a number", f => [With(Execute(f, new JsonObject()), "value", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = 3 } })], Ignored(200));
        Add("invoke: command nested 50 levels", f => [Body(Execute(f, new JsonObject { ["command"] = "help", ["deep"] = Nest(50) }))], Answered("help"));

        // --- Long texts and control, emoji, CJK and RTL characters in commands.
        Add("text: 10,000 characters", f => [Body(Message(f, new string('a', 10_000)))], Answered("Sorry, I don't know"));
        Add("text: add stage with a 10,000-character name", f => [Body(Message(f, "add stage " + new string('s', 10_000)))], Answered("1 to 100 characters"));
        Add("text: rename map to 10,000 characters", f => [Body(Message(f, "rename map " + new string('m', 10_000)))], Answered("100"));
        Add("text: NUL and U+0001 inside a command", f => [Body(Message(f, "he\u0000lp\u0001"))], Answered(string.Empty));
        Add("text: lone surrogates", f => [Raw(Message(f, "PLACEHOLDER").ToJsonString().Replace("PLACEHOLDER", "\\ud800help\\udfff", StringComparison.Ordinal))], Refused(400, "$.text could not be read"));
        Add("text: right-to-left override", f => [Body(Message(f, "\u202Ehelp"))], Answered(string.Empty));
        Add("text: only zero-width and control characters", f => [Body(Message(f, "\u200B\u0000\u0007\u200E"))], Answered(string.Empty));

        // --- Odd names are stored exactly as sent (after the documented clean-up) and read back the same.
        Add("name: lane with key-forbidden characters", f => [Body(Message(f, "add lane " + KeyForbiddenName))], Answered("Added lane", LaneNamed(KeyForbiddenName)));
        Add("name: lane with OData quotes", f => [Body(Message(f, "add lane " + QuoteName))], Answered("Added lane", LaneNamed(QuoteName)));
        Add("name: lane with emoji, CJK and RTL", f => [Body(Message(f, "add lane " + WorldName))], Answered("Added lane", LaneNamed(WorldName)));
        Add("name: lane with control characters and RLO", f => [Body(Message(f, "add lane Sup\u0001port\u0000 \u202Edesk"))], Answered("Added lane", LaneNamed("Support desk")));
        Add("name: stage with key-forbidden characters", f => [Body(Message(f, "add stage Pay/Refund #2? \\x")), Body(Message(f, "end"))], Answered("Added stage **Pay/Refund \\#2? \\\\x**", StageNamed("Pay/Refund #2? \\x")));
        Add("name: stage with OData quotes", f => [Body(Message(f, "add stage It's \"done\"")), Body(Message(f, "end"))], Answered("done", StageNamed("It's \"done\"")));
        Add("name: map renamed with quotes and slashes", f => [Body(Message(f, "rename map Q'4 \"/#?\\ 地图 🗺"))], Answered("Renamed the map", MapNamed("Q'4 \"/#?\\ 地图 🗺")));
        Add("name: lane owner with odd display name", f => [Body(Mention(Message(f, $"owner {f.LaneNames[0]} <at>O'Neil</at>"), "29:oneil", "O'Neil / #1 \u0000\u202E"))], Answered("now owns lane", LaneOwnerNamed(f => f.LaneIds[0], "O'Neil / #1")));
        Add("name: rename a stage that does not exist, quoted", f => [Body(Message(f, "rename stage x' or '1'='1 to y"))], Answered("There is no stage"));

        // --- Ids that do not exist or belong to another team's conversation.
        Add("scope: use another team's map id", f => [Body(Message(f, "use " + f.OtherMapId))], Answered("I could not find a map"));
        Add("scope: use an OData injection", f => [Body(Message(f, "use x' or PartitionKey ne '"))], Answered("I could not find a map"));
        Add("scope: edit another team's note", f => [Body(Message(f, $"edit {f.OtherNoteId} hijacked"))], Answered("There is no note"));
        Add("scope: delete another team's note", f => [Body(Message(f, $"delete note {f.OtherNoteId}"))], Answered("There is no note"));
        Add("scope: restore a note id with quotes", f => [Body(Message(f, "restore '; x"))], Answered("There is no note"));
        Add("scope: undo button for another team's note", f => [Body(Execute(f, new JsonObject { ["command"] = "undo " + f.OtherNoteId }))], Answered("There is no note"));
        Add("scope: note form for another team's map", f => [Body(Form(f, v => { v["mapId"] = f.OtherMapId; v["stage"] = f.OtherStageId; v["lane"] = f.OtherLaneId; }))], Answered("that map no longer exists here"));
        Add("scope: Action.Execute note form for another team's map", f => [Body(Execute(f, FormValue(f, v => { v["mapId"] = f.OtherMapId; v["stage"] = f.OtherStageId; v["lane"] = f.OtherLaneId; })))], Answered("that map no longer exists here"));
        Add("scope: note form with a map id that never existed", f => [Body(Form(f, v => v["mapId"] = "m-nope'\"/#?"))], Answered("that map no longer exists here"));
        Add("scope: note form with a stage the map does not have", f => [Body(Form(f, v => v["stage"] = "s-nowhere/#?'"))], Answered("that stage is no longer on the map"));

        // --- Stale and replayed card submits.
        Add("stale: note form of a deleted map", f => [Body(Form(f, v => v["mapId"] = f.DeletedMapId, f.DeletedMapConversation))], Answered("that map no longer exists here"));
        Add("stale: old show-map button where there is no map", f => [Body(With(Without(Message(f, string.Empty, "a:badinput-empty-" + Guid.NewGuid().ToString("N")), "text"), "value", new JsonObject { ["command"] = "show map" }))], Answered("There is no map here yet"));
        Add("stale: replayed note form (same activity id)", f => { var form = Form(f, v => v["text"] = "replayed once"); return [Body(form), Body(form)]; }, Answered(string.Empty, OneNote("replayed once")));

        // --- Card values of the wrong shape.
        Add("form: text is an array", f => [Body(Form(f, v => v["text"] = new JsonArray("a")))], Answered("please write what happens"));
        Add("form: text is an object", f => [Body(Form(f, v => v["text"] = new JsonObject { ["x"] = "y" }))], Answered("please write what happens"));
        Add("form: text is a number, stored as its digits", f => [Body(Form(f, v => v["text"] = 42))], Answered("Added", OneNote("42")));
        Add("form: stage is a number", f => [Body(Form(f, v => v["stage"] = 1))], Answered("that stage is no longer on the map"));
        Add("form: kind in lower case", f => [Body(Form(f, v => v["kind"] = "painpoint"))], Answered("choose a kind, a stage and a lane"));
        Add("form: kind as an enum number", f => [Body(Form(f, v => v["kind"] = "1"))], Answered("choose a kind, a stage and a lane"));
        Add("form: kind as a negative number", f => [Body(Form(f, v => v["kind"] = "-489"))], Answered("choose a kind, a stage and a lane"));
        Add("form: emotion score NaN", f => [Body(Form(f, v => { v["kind"] = "Emotion"; v["score"] = "NaN"; }))], Answered("score from -2 to +2"));
        Add("form: emotion score huge", f => [Body(Form(f, v => { v["kind"] = "Emotion"; v["score"] = "1e308"; }))], Answered("score from -2 to +2"));
        Add("form: hand-off to its own lane", f => [Body(Form(f, v => { v["kind"] = "Handoff"; v["toLane"] = f.LaneIds[0]; }))], Answered("different lane"));
        Add("form: text of 10,000 characters", f => [Body(Form(f, v => v["text"] = new string('t', 10_000)))], Answered("at most 2000"));
        Add("form: text only control characters", f => [Body(Form(f, v => v["text"] = "\u0000\u0001\u0007"))], Answered("please write what happens"));
        Add("form: text with NUL and U+0001 inside", f => [Body(Form(f, v => v["text"] = "ab\u0000c\u0001d"))], Answered("Added", OneNote("abcd")));
        Add("form: text with a lone surrogate", f => [Raw(Form(f, v => v["text"] = "PLACEHOLDER").ToJsonString().Replace("PLACEHOLDER", "x\\ud800y", StringComparison.Ordinal))], Refused(400, "$.value could not be read"));
        Add("form: text with emoji, CJK and RTL", f => [Body(Form(f, v => v["text"] = "等了三天 😡 — لم يصل"))], Answered("Added", OneNote("等了三天 😡 — لم يصل")));
        Add("form: text with quotes and key-forbidden characters", f => [Body(Form(f, v => v["text"] = "it's \"broken\" / #5 ? \\n"))], Answered("Added", OneNote("it's \"broken\" / #5 ? \\n")));
        Add("form: 10,000-character channel is cut to the field limit", f => [Body(Form(f, v => { v["kind"] = "Touchpoint"; v["extra"] = new string('c', 10_000); v["text"] = "long channel"; }))], Answered("Added", OneNote("long channel")));
        Add("form: unknown category is dropped", f => [Body(Form(f, v => { v["category"] = "'; drop"; v["text"] = "odd category"; }))], Answered("Added", OneNote("odd category")));
        Add("form: every field missing but the action", f => [Body(Form(f, v => { foreach (var key in v.Select(p => p.Key).Where(k => k != "action").ToList()) { v.Remove(key); } }))], Answered("that map no longer exists here"));
        Add("form: Action.Execute with deeply nested extras", f => [Body(Execute(f, FormValue(f, v => { v["text"] = "nested extras"; v["deep"] = Nest(40); })))], Answered(string.Empty, OneNote("nested extras")));

        // --- Commands with hostile arguments.
        Add("command: notes filtered by a quote injection", f => [Body(Message(f, "notes ' or ''='"))], Answered(string.Empty));
        Add("command: notes page beyond int", f => [Body(Message(f, "notes page 99999999999999999999"))], Answered(string.Empty));
        Add("command: move stage to a huge position", f => [Body(Message(f, $"move stage {f.StageNames[0]} to 99999999999999999999"))], Answered(string.Empty));
        Add("command: add stage at a huge position", f => [Body(Message(f, "add stage Huge position")), Body(Message(f, "99999999999999999999"))], Answered("Please answer with a number"));
        Add("command: remind every huge number of weeks", f => [Body(Message(f, "remind every 99999999999999999999 weeks"))], Answered(string.Empty));
        Add("command: action with an impossible date", f => [Body(Message(f, "action call them due 2026-02-31"))], Answered("as a date"));
        Add("command: import of broken JSON", f => [Body(Message(f, "import {\"format\":\"journeybot-map\",\"version\":"))], Answered("import"));
        Add("command: import of another version", f => [Body(Message(f, "import {\"format\":\"journeybot-map\",\"version\":99}"))], Answered("version 99"));
        Add("command: summary of a stage with forbidden characters", f => [Body(Message(f, "summary a/b#c?d"))], Answered(string.Empty));

        return cases;
    }

    // ----- Request builders.

    private static JsonObject Message(BadInputFixture f, string text, string? conversation = null) =>
        Activities.PersonalMessage(f.ServiceUrl, conversation ?? f.Conversation, text);

    private static JsonObject ConversationUpdate(BadInputFixture f)
    {
        var update = Without(Message(f, string.Empty), "text");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId, ["name"] = "JourneyBot" });
        return update;
    }

    private static JsonObject Execute(BadInputFixture f, JsonNode data, string? conversation = null)
    {
        var invoke = Without(Message(f, string.Empty, conversation), "text");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "submit", ["data"] = data } };
        return invoke;
    }

    /// <summary>A valid note form's data (a pain point at the map's first stage and lane), then <paramref name="tweak"/>.</summary>
    internal static JsonObject FormValue(BadInputFixture f, Action<JsonObject> tweak)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(tweak);
        var value = new JsonObject
        {
            ["action"] = "addNote",
            ["mapId"] = f.MapId,
            ["kind"] = "PainPoint",
            ["stage"] = f.StageIds[0],
            ["lane"] = f.LaneIds[0],
            ["toLane"] = string.Empty,
            ["text"] = "a valid note",
            ["score"] = string.Empty,
            ["extra"] = string.Empty,
        };
        tweak(value);
        return value;
    }

    /// <summary>An Action.Submit of the note form, as Teams sends it: a message with the form's data as value and no text.</summary>
    internal static JsonObject Form(BadInputFixture f, Action<JsonObject> tweak, string? conversation = null)
    {
        var form = Without(Message(f, string.Empty, conversation), "text");
        form["value"] = FormValue(f, tweak);
        return form;
    }

    private static JsonObject Mention(JsonObject message, string id, string name)
    {
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>O'Neil</at>",
            ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
        });
        return message;
    }

    private static JsonNode Nest(int depth)
    {
        JsonNode node = "bottom";
        for (var i = 0; i < depth; i++)
        {
            node = new JsonObject { ["n"] = node };
        }

        return node;
    }

    private static BadInputRequest Body(JsonObject activity) => activity;

    private static BadInputRequest InvalidUtf8() =>
        (byte[])[.. Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\""), 0xFF, 0xFE, 0xC3, .. Encoding.UTF8.GetBytes("\"}")];

    private static BadInputRequest Raw(string json) => Encoding.UTF8.GetBytes(json);

    private static JsonObject With(JsonObject activity, string path, JsonNode? value)
    {
        activity[path] = value;
        return activity;
    }

    /// <summary>Removes a property; <c>a.b</c> removes <c>b</c> from the object at <c>a</c>.</summary>
    private static JsonObject Without(JsonObject activity, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            activity.Remove(path);
        }
        else if (activity[path[..dot]] is JsonObject inner)
        {
            inner.Remove(path[(dot + 1)..]);
        }

        return activity;
    }

    // ----- Expectations.

    private static BadInputExpectation Refused(int status, string reason) => new(BadInputOutcome.Refused, status, reason, Nothing);

    private static BadInputExpectation Answered(string says, StorageExpectation? storage = null) => new(BadInputOutcome.Answered, 200, says, storage ?? Nothing);

    private static BadInputExpectation Ignored(int status) => new(BadInputOutcome.Ignored, status, null, Nothing);

    /// <summary>No user data changed (maps, notes, actions, reviews, reminders...).</summary>
    public static StorageExpectation Nothing => new("nothing stored", (changes, _) =>
        changes.Count == 0 ? null : "expected no stored change, found: " + string.Join("; ", changes));

    private static StorageExpectation OneNote(string text) => new($"one note “{text}”", (changes, f) =>
    {
        if (changes is not [{ Kind: RowChangeKind.Added, Table: "notes", After: { } row }])
        {
            return "expected exactly one added note row, found: " + Describe(changes);
        }

        return row["Text"] == text && row["MapId"] == f.MapId ? null : $"the note was stored as “{row["Text"]}” on map {row["MapId"]}";
    });

    private static StorageExpectation MapNamed(string name) => OneMapChange($"map named “{name}”", (row, _) =>
        row["Name"] == name ? null : $"the map is named “{row["Name"]}”");

    private static StorageExpectation LaneNamed(string name) => OneMapChange($"a lane named “{name}”", (row, _) =>
        Places(row, "LanesJson").Any(p => p.Name == name) ? null : $"no lane named “{name}” in {row["LanesJson"]}");

    private static StorageExpectation StageNamed(string name) => OneMapChange($"a stage named “{name}”", (row, _) =>
        Places(row, "StagesJson").Any(p => p.Name == name) ? null : $"no stage named “{name}” in {row["StagesJson"]}");

    private static StorageExpectation LaneOwnerNamed(Func<BadInputFixture, string> laneId, string owner) => OneMapChange($"lane owner “{owner}”", (row, f) =>
        Places(row, "LanesJson").Any(p => p.Id == laneId(f) && p.Owner == owner) ? null : $"the lane's owner is not “{owner}” in {row["LanesJson"]}");

    private static StorageExpectation OneMapChange(string description, Func<TableRow, BadInputFixture, string?> check) => new(description, (changes, f) =>
        changes is [{ Kind: RowChangeKind.Changed, Table: "maps", After: { } row }] && row["MapId"] == f.MapId
            ? check(row, f)
            : "expected exactly one changed row, the map's, found: " + Describe(changes));

    private static string Describe(IReadOnlyList<RowChange> changes) => changes.Count == 0 ? "none" : string.Join("; ", changes);

    private static List<(string Id, string Name, string? Owner)> Places(TableRow row, string column)
    {
        using var document = JsonDocument.Parse(row[column] ?? "[]");
        return document.RootElement.EnumerateArray()
            .Select(p => (
                p.GetProperty("id").GetString()!,
                p.GetProperty("name").GetString()!,
                p.TryGetProperty("owner", out var owner) && owner.ValueKind == JsonValueKind.Object ? owner.GetProperty("name").GetString() : null))
            .ToList();
    }
}
