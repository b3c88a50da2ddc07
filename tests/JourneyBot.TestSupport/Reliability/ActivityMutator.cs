using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.TestSupport.Http;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// Random mutations of valid activities (a message, a note form submit, an Action.Execute invoke, a
/// conversationUpdate) for the fuzz test: fields deleted, retyped, swapped, replaced by huge, odd, control or
/// key-forbidden strings, nested deeply, keys duplicated, JSON truncated or spliced with stray bytes. Everything comes
/// from the one seeded <see cref="Random"/>, so a seed replays the same mutations.
/// </summary>
public sealed class ActivityMutator(Random random, BadInputFixture fixture)
{
    private const string DuplicateMarker = "__fuzz_duplicate__";
    private const string SurrogateMarker = "__fuzz_surrogate__";

    private static readonly string[] Commands =
    [
        "help", "maps", "show map", "notes", "summary", "add", "add lane Fuzz lane", "rename map Fuzzed", "actions",
        "pain Awareness: slow", "emotion Use -2 hard", "undo", "edit abcd new text", "use Bad input base", "remind", "review status",
        "export csv", "import {}", "add stage Fuzz stage", "move stage Awareness to 2", "delete note abcd", "cancel", "new map",
    ];

    private static readonly string[] OddStrings =
    [
        string.Empty, " ", "\u0000", "\u0001\u0002\u001F", "\u007F\u0085\u009F", "\u202Eevil\u202C", "\u200B\u200D\uFEFF", "😀👨‍👩‍👧", "客户旅程地图",
        "مرحبا بالعالم", "/", "\\", "#", "?", "a/b\\c#d?e", "'", "\"", "O'Brien \"x\"", "' or ''='", "%27%22", "|~!", "null", "true", "-1",
        "1e308", "NaN", "9999999999999999999999", "Awareness", "PainPoint", "Emotion", "Handoff", "addNote", "adaptiveCard/action",
        "invoke", "message", "conversationUpdate", "29:alice", Activities.BotId, "<at>JourneyBot</at>", "{\"a\":1}", "\r\n\t",
    ];

    /// <summary>The next mutated activity: what was done to it and the body to post.</summary>
    public (string Description, byte[] Body) Next()
    {
        var (seedName, activity) = Seed();
        var steps = new List<string> { seedName };
        var rawMutation = random.Next(6) == 0;
        var treeMutations = random.Next(1, 4);
        for (var i = 0; i < treeMutations; i++)
        {
            steps.Add(MutateTree(activity));
        }

        var text = FixDuplicates(activity.ToJsonString());
        if (text.Contains(SurrogateMarker, StringComparison.Ordinal))
        {
            text = text.Replace(SurrogateMarker, random.Next(2) == 0 ? "\\ud800" : "x\\udc00y", StringComparison.Ordinal);
        }

        if (rawMutation)
        {
            (var what, text) = MutateText(text);
            steps.Add(what);
        }

        return (string.Join(" · ", steps), Encoding.UTF8.GetBytes(text));
    }

    private (string Name, JsonObject Activity) Seed()
    {
        switch (random.Next(4))
        {
            case 0:
                return ("message", Activities.PersonalMessage(fixture.ServiceUrl, fixture.Conversation, Pick(Commands)));
            case 1:
                return ("note form", BadInputCorpus.Form(fixture, v => v["text"] = "fuzzed note"));
            case 2:
                {
                    var invoke = Activities.PersonalMessage(fixture.ServiceUrl, fixture.Conversation, string.Empty);
                    invoke.Remove("text");
                    invoke["type"] = "invoke";
                    invoke["name"] = "adaptiveCard/action";
                    JsonNode data = random.Next(2) == 0
                        ? BadInputCorpus.FormValue(fixture, v => v["text"] = "fuzzed invoke note")
                        : new JsonObject { ["command"] = Pick(Commands) };
                    invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "submit", ["data"] = data } };
                    return ("Action.Execute", invoke);
                }

            default:
                {
                    var update = Activities.PersonalMessage(fixture.ServiceUrl, fixture.Conversation, string.Empty);
                    update.Remove("text");
                    update["type"] = "conversationUpdate";
                    update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId, ["name"] = "JourneyBot" });
                    return ("conversationUpdate", update);
                }
        }
    }

    private string MutateTree(JsonObject activity)
    {
        var slots = new List<(JsonNode Parent, string? Key, int Index, string Path)>();
        Collect(activity, "$", slots);
        if (slots.Count == 0)
        {
            return "nothing to mutate";
        }

        // A third anywhere (mostly refused by the schema), a third inside the free-form parts (value, channelData,
        // entities, membersAdded) and a third as odd text in string fields, which keeps the activity readable and
        // so reaches the commands and the card handling.
        var mode = random.Next(3);
        var candidates = mode switch
        {
            1 => slots.Where(s => IsFreeForm(s.Path)).ToList(),
            2 => slots.Where(s => Get(s.Parent, s.Key, s.Index) is JsonValue value && value.TryGetValue<string>(out _)).ToList(),
            _ => slots,
        };
        if (candidates.Count == 0)
        {
            candidates = slots;
        }

        var (parent, key, index, path) = candidates[random.Next(candidates.Count)];
        if (mode == 2)
        {
            var text = OddString();
            Set(parent, key, index, text);
            return $"replace {path} by {Describe(text)}";
        }

        switch (random.Next(8))
        {
            case 0:
                Remove(parent, key, index);
                return $"delete {path}";
            case 1:
                var value = RandomValue();
                Set(parent, key, index, value);
                return $"retype {path} to {Describe(value)}";
            case 2:
                var odd = OddString();
                Set(parent, key, index, odd);
                return $"replace {path} by {Describe(odd)}";
            case 3:
                var (otherParent, otherKey, otherIndex, otherPath) = slots[random.Next(slots.Count)];
                var first = Get(parent, key, index)?.DeepClone();
                var second = Get(otherParent, otherKey, otherIndex)?.DeepClone();
                if (IsInside(parent, otherParent, otherKey, otherIndex) || IsInside(otherParent, parent, key, index))
                {
                    return $"swap {path} with {otherPath} (nested, skipped)";
                }

                Set(parent, key, index, second);
                Set(otherParent, otherKey, otherIndex, first);
                return $"swap {path} with {otherPath}";
            case 4:
                var depth = random.Next(1, 80);
                Set(parent, key, index, Nest(Get(parent, key, index)?.DeepClone(), depth));
                return $"nest {path} {depth} deep";
            case 5 when parent is JsonObject obj && key is not null:
                // Written out under the marker and renamed after serialization: a JsonObject cannot hold a key twice.
                obj[DuplicateMarker + key] = RandomValue();
                return $"duplicate key {path}";
            case 6:
                Set(parent, key, index, SurrogateMarker);
                return $"lone surrogate in {path}";
            default:
                if (parent is JsonObject renamed && key is not null)
                {
                    var moved = renamed[key]?.DeepClone();
                    renamed.Remove(key);
                    var newKey = random.Next(2) == 0 ? key.ToUpperInvariant() : key + "\u0000";
                    renamed[newKey] = moved;
                    return $"rename {path} to {Describe(newKey)}";
                }

                Remove(parent, key, index);
                return $"delete {path}";
        }
    }

    private (string What, string Text) MutateText(string text)
    {
        text = FixDuplicates(text);
        switch (random.Next(3))
        {
            case 0:
                var cut = random.Next(text.Length);
                return ($"truncate at {cut}", text[..cut]);
            case 1:
                var at = random.Next(text.Length);
                var junk = Pick(["\u0000", "}", "]", ",", "\"", "\\", "{", ":", "\\u", "💥"]);
                return ($"insert {Describe(junk)} at {at}", text.Insert(at, junk));
            default:
                var from = random.Next(text.Length);
                var length = random.Next(Math.Min(50, text.Length - from) + 1);
                return ($"drop {length} characters at {from}", text.Remove(from, length));
        }
    }

    /// <summary>Turns the duplicate markers into real duplicate keys (before any raw mutation, and again after).</summary>
    public static string FixDuplicates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(DuplicateMarker, string.Empty, StringComparison.Ordinal);
    }

    private static bool IsFreeForm(string path) =>
        path.StartsWith("$.value", StringComparison.Ordinal) || path.StartsWith("$.channelData", StringComparison.Ordinal)
        || path.StartsWith("$.entities", StringComparison.Ordinal) || path.StartsWith("$.membersAdded", StringComparison.Ordinal);

    private JsonNode? RandomValue() => random.Next(8) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(-1000, 1000)),
        3 => JsonValue.Create(random.NextDouble() * 1e300),
        4 => new JsonArray(JsonValue.Create(OddString()), JsonValue.Create(1)),
        5 => new JsonObject { ["id"] = OddString(), ["x"] = new JsonArray() },
        6 => new JsonArray(),
        _ => JsonValue.Create(OddString()),
    };

    private string OddString() => random.Next(10) switch
    {
        0 => new string(Pick(["a", "字", "/", "'"])[0], random.Next(2_000, 12_000)),
        1 => new string('x', random.Next(200_000, 400_000)),
        2 => string.Concat(Enumerable.Range(0, random.Next(1, 20)).Select(_ => (char)random.Next(0, 0x20))),
        _ => Pick(OddStrings),
    };

    private string Pick(string[] items) => items[random.Next(items.Length)];

    private static void Collect(JsonNode node, string path, List<(JsonNode, string?, int, string)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    var childPath = $"{path}.{key}";
                    slots.Add((obj, key, -1, childPath));
                    if (child is not null)
                    {
                        Collect(child, childPath, slots);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var childPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                    slots.Add((array, null, i, childPath));
                    if (array[i] is { } child)
                    {
                        Collect(child, childPath, slots);
                    }
                }

                break;
        }
    }

    private static JsonNode? Get(JsonNode parent, string? key, int index) =>
        parent is JsonObject obj ? (obj.TryGetPropertyValue(key!, out var value) ? value : null) : index < parent.AsArray().Count ? parent[index] : null;

    private static void Set(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[key!] = value;
        }
        else if (index < parent.AsArray().Count)
        {
            parent[index] = value;
        }
    }

    private static void Remove(JsonNode parent, string? key, int index)
    {
        if (parent is JsonObject obj)
        {
            obj.Remove(key!);
        }
        else if (index < parent.AsArray().Count)
        {
            parent.AsArray().RemoveAt(index);
        }
    }

    /// <summary>True when the slot (parent, key/index) holds <paramref name="node"/> or one of its ancestors.</summary>
    private static bool IsInside(JsonNode node, JsonNode parent, string? key, int index)
    {
        var slotValue = Get(parent, key, index);
        for (var current = node; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, slotValue))
            {
                return true;
            }
        }

        return false;
    }

    private static JsonNode? Nest(JsonNode? node, int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        }

        return node;
    }

    private static string Describe(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var text) => Describe(text),
        _ => value.ToJsonString() is { Length: > 60 } json ? json[..60] + "…" : value.ToJsonString(),
    };

    private static string Describe(string text)
    {
        var shown = text.Length > 40 ? text[..40] + $"…({text.Length} chars)" : text;
        var builder = new StringBuilder("\"");
        foreach (var ch in shown)
        {
            builder.Append(char.IsControl(ch) || char.IsSurrogate(ch) ? $"\\u{(int)ch:x4}" : ch.ToString());
        }

        return builder.Append('"').ToString();
    }
}
