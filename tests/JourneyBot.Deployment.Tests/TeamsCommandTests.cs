using System.Text.Json.Nodes;
using JourneyBot.Deployment.Tests.Support;
using JourneyBot.Journeys.Commands;

namespace JourneyBot.Deployment.Tests;

/// <summary>
/// The command menus Teams shows (deployment/teams/manifest.json, bots[0].commandLists) against what the bot
/// really understands: its own command parser, not a copy of its word list.
/// </summary>
public sealed class TeamsCommandTests
{
    /// <summary>
    /// Commands the parser knows that the menus leave out, and why. The menus are kept short (10 a list; the v1.25
    /// schema allows 12), and a menu entry is sent as typed, so commands that need an argument (an id, a name, a
    /// file) or only make sense in the middle of something are left to <c>help</c>, which lists them all.
    /// </summary>
    private static readonly Dictionary<CommandKind, string> LeftToHelp = new()
    {
        [CommandKind.AddStage] = "map structure: asks for a name and a position; listed by help",
        [CommandKind.AddLane] = "map structure: needs a name",
        [CommandKind.Use] = "needs a map name or id (maps lists them)",
        [CommandKind.Cancel] = "only answers a question the bot is asking",
        [CommandKind.Language] = "set once per person; on the help card (both menus already hold Teams' limit of 10)",
        [CommandKind.Undo] = "takes back your last note; listed by help",
        [CommandKind.Edit] = "needs a note id and the new text",
        [CommandKind.DeleteNote] = "needs a note id",
        [CommandKind.Restore] = "needs a note id",
        [CommandKind.RenameStage] = "facilitators: needs names",
        [CommandKind.RenameLane] = "facilitators: needs names",
        [CommandKind.MoveStage] = "facilitators: needs a name and a position",
        [CommandKind.MoveLane] = "facilitators: needs a name and a position",
        [CommandKind.RemoveStage] = "facilitators: needs a name",
        [CommandKind.RemoveLane] = "facilitators: needs a name",
        [CommandKind.Owner] = "facilitators: needs a lane and a person",
        [CommandKind.Facilitator] = "facilitators: needs a person",
        [CommandKind.RenameMap] = "facilitators: needs the new name",
        [CommandKind.DeleteMap] = "facilitators: destructive, not one click away",
        [CommandKind.Import] = "needs an attached or pasted JSON export",
        [CommandKind.ActionItem] = "needs the action's text (the actions entry says how)",
        [CommandKind.AllActionItems] = "a variant of actions",
        [CommandKind.CloseReview] = "facilitators, at the end of a review (review status shows where it stands)",
    };

    public static TheoryData<string, string> MenuCommands()
    {
        var data = new TheoryData<string, string>();
        foreach (var (scopes, title) in Menus())
        {
            data.Add(scopes, title);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MenuCommands))]
    public void A_command_picked_from_the_Teams_menu_is_one_the_bot_understands(string scopes, string title)
    {
        var parsed = CommandParser.Parse(title);

        Assert.True(
            parsed.Kind is not (CommandKind.Unknown or CommandKind.Empty),
            $"'{title}' ({scopes}) is not a command the bot understands: the parser read it as {parsed.Kind}.");
        Assert.Equal(string.Empty, parsed.Argument);
    }

    [Fact]
    public void Every_command_the_bot_understands_is_in_a_Teams_menu_or_left_to_help_for_a_stated_reason()
    {
        var inMenus = Menus().Select(m => CommandParser.Parse(m.Title).Kind).ToHashSet();
        var commands = Enum.GetValues<CommandKind>().Where(k => k is not (CommandKind.Unknown or CommandKind.Empty));

        var unaccounted = commands.Where(k => !inMenus.Contains(k) && !LeftToHelp.ContainsKey(k)).ToList();
        var listedAndExcused = LeftToHelp.Keys.Where(inMenus.Contains).ToList();

        Assert.True(unaccounted.Count == 0, $"Put these in manifest.json's commandLists or in {nameof(LeftToHelp)} with a reason: {string.Join(", ", unaccounted)}");
        Assert.True(listedAndExcused.Count == 0, $"In the menus now, so take them out of {nameof(LeftToHelp)}: {string.Join(", ", listedAndExcused)}");
    }

    [Fact]
    public void The_Chinese_menus_send_the_same_commands_in_Chinese()
    {
        var manifest = Manifest();
        var language = Assert.Single(manifest["localizationInfo"]!["additionalLanguages"]!.AsArray());
        Assert.Equal("zh-cn", language!["languageTag"]!.GetValue<string>());
        var translation = JsonNode.Parse(File.ReadAllText(Tool.PathOf("deployment", "teams", language["file"]!.GetValue<string>())))!.AsObject();
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();

        for (var l = 0; l < lists.Count; l++)
        {
            var commands = lists[l]!["commands"]!.AsArray();
            for (var c = 0; c < commands.Count; c++)
            {
                var english = commands[c]!["title"]!.GetValue<string>();
                var key = $"bots[0].commandLists[{l}].commands[{c}].title";
                Assert.True(translation.ContainsKey(key), $"zh-cn.json has no {key} ('{english}')");
                var chinese = translation[key]!.GetValue<string>();
                Assert.True(
                    CommandParser.Parse(chinese) == CommandParser.Parse(english),
                    $"{key}: '{chinese}' is read as {CommandParser.Parse(chinese).Kind}, '{english}' as {CommandParser.Parse(english).Kind}");
                Assert.True(translation.ContainsKey($"bots[0].commandLists[{l}].commands[{c}].description"), $"zh-cn.json: no description for '{english}'");
            }
        }

        var translatedCommands = translation.Select(p => p.Key).Count(k => k.StartsWith("bots[0].commandLists[", StringComparison.Ordinal));
        Assert.Equal(2 * lists.Sum(list => list!["commands"]!.AsArray().Count), translatedCommands);
    }

    [Fact]
    public void Every_scope_the_bot_is_installed_in_has_a_command_menu_with_help()
    {
        var bot = Manifest()["bots"]![0]!;
        var botScopes = bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).ToHashSet();
        var lists = bot["commandLists"]!.AsArray();

        Assert.Equal(["groupChat", "personal", "team"], botScopes.Order(StringComparer.Ordinal));
        foreach (var scope in botScopes)
        {
            var list = Assert.Single(lists, l => l!["scopes"]!.AsArray().Any(s => s!.GetValue<string>() == scope));
            Assert.Contains(list!["commands"]!.AsArray(), c => CommandParser.Parse(c!["title"]!.GetValue<string>()).Kind == CommandKind.Help);
        }
    }

    private static IEnumerable<(string Scopes, string Title)> Menus() =>
        from list in Manifest()["bots"]![0]!["commandLists"]!.AsArray()
        let scopes = string.Join('+', list!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()))
        from command in list["commands"]!.AsArray()
        select (scopes, command!["title"]!.GetValue<string>());

    private static JsonNode Manifest() => JsonNode.Parse(File.ReadAllText(Tool.PathOf("deployment", "teams", "manifest.json")))!;
}
