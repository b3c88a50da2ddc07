using System.IO.Compression;
using System.Text.Json.Nodes;
using JourneyBot.Deployment.Tests.Support;

namespace JourneyBot.Deployment.Tests;

/// <summary>
/// deployment/teams/package.sh builds the app package people upload to Teams, and validate.mjs checks its manifest
/// against the app manifest schema with @microsoft/teams-manifest (offline; needs npm ci).
/// </summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string BotId = "3c0ffee0-0000-4000-8000-000000000001";
    private const string BotDomain = "journeybot-app.happyhill-1a2b3c4d.westeurope.azurecontainerapps.io";

    private readonly string _folder = Directory.CreateTempSubdirectory("journeybot-teams-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_package_holds_the_manifest_with_the_bot_filled_in_and_both_icons()
    {
        var package = await PackageAsync();

        using var zip = ZipFile.OpenRead(package);
        Assert.Equal(["color.png", "manifest.json", "outline.png", "zh-cn.json"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var manifestText = await ReadAsync(zip, "manifest.json");
        var manifest = JsonNode.Parse(manifestText)!;
        Assert.DoesNotContain("${{", manifestText, StringComparison.Ordinal);
        Assert.Equal(BotId, manifest["id"]!.GetValue<string>());
        Assert.Equal(BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Contains(BotDomain, manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.False(manifest["bots"]![0]!["supportsFiles"]!.GetValue<bool>());
        Assert.Equal(
            await File.ReadAllBytesAsync(Tool.PathOf("deployment", "teams", "outline.png")),
            await ReadBytesAsync(zip, "outline.png"));
    }

    [Fact]
    public async Task The_packaged_manifest_passes_the_Teams_app_manifest_schema()
    {
        var package = await PackageAsync();

        var result = await ValidateAsync(package);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("manifest valid (schema v1.25, 1 translation(s))", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Packaging_checks_the_manifest_against_the_schema_when_the_dev_dependencies_are_installed()
    {
        var output = Path.Combine(_folder, "checked.zip");

        var result = await PackageScriptAsync(output, BotId, BotDomain);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("manifest valid (schema v1.25, 1 translation(s))", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_check_rejects_a_manifest_without_a_bot_id_or_with_a_scope_Teams_does_not_know()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(await PackagedManifestAsync()))!;
        manifest["bots"]![0]!.AsObject().Remove("botId");
        manifest["bots"]![0]!["commandLists"]![0]!["scopes"]![0] = "channel";
        var broken = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(broken, manifest.ToJsonString());

        var result = await ValidateAsync(broken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("must have required property 'botId'", result.Error, StringComparison.Ordinal);
        Assert.Contains("/bots/0/commandLists/0/scopes/0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_check_rejects_a_translation_with_a_key_Teams_does_not_know()
    {
        // validate.mjs also takes a manifest in a folder, with the files it names beside it.
        await File.WriteAllTextAsync(Path.Combine(_folder, "manifest.json"), await File.ReadAllTextAsync(await PackagedManifestAsync()));
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            File.Copy(Tool.PathOf("deployment", "teams", icon), Path.Combine(_folder, icon));
        }

        var translation = JsonNode.Parse(await File.ReadAllTextAsync(Tool.PathOf("deployment", "teams", "zh-cn.json")))!;
        translation["bots[0].commandLists[0].commands[12].title"] = "第十三个命令";
        await File.WriteAllTextAsync(Path.Combine(_folder, "zh-cn.json"), translation.ToJsonString());

        var result = await ValidateAsync(Path.Combine(_folder, "manifest.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("zh-cn.json:  must NOT have additional properties", result.Error, StringComparison.Ordinal);
        Assert.Contains("bots[0].commandLists[0].commands[12].title", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_check_rejects_a_manifest_version_it_has_no_schema_for()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(await PackagedManifestAsync()))!;
        manifest["manifestVersion"] = "1.18";
        var broken = Path.Combine(_folder, "v118.json");
        await File.WriteAllTextAsync(broken, manifest.ToJsonString());

        var result = await ValidateAsync(broken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("manifestVersion '1.18' has no schema", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("journeybot", BotDomain, "BOT_ID must be the bot's Microsoft App ID")]
    [InlineData(BotId, "https://" + BotDomain + "/api/messages", "BOT_DOMAIN must be the bot's host name")]
    public async Task Packaging_refuses_a_bot_id_or_domain_Teams_would_reject(string botId, string botDomain, string message)
    {
        var output = Path.Combine(_folder, "refused.zip");

        var result = await PackageScriptAsync(output, botId, botDomain);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private async Task<string> PackageAsync()
    {
        var output = Path.Combine(_folder, "journeybot-teams.zip");
        var result = await PackageScriptAsync(output, BotId, BotDomain);
        Assert.True(result.ExitCode == 0, result.All);
        return output;
    }

    private static Task<ToolResult> PackageScriptAsync(string output, string botId, string botDomain) =>
        Tool.RunAsync("bash", [Tool.PathOf("deployment", "teams", "package.sh"), output], new Dictionary<string, string?>
        {
            ["BOT_ID"] = botId,
            ["BOT_DOMAIN"] = botDomain,
        });

    private async Task<string> PackagedManifestAsync()
    {
        using var zip = ZipFile.OpenRead(await PackageAsync());
        var path = Path.Combine(_folder, "manifest.json");
        await File.WriteAllTextAsync(path, await ReadAsync(zip, "manifest.json"));
        return path;
    }

    private static async Task<ToolResult> ValidateAsync(string manifest)
    {
        var validator = Tool.PathOf("node_modules", "@microsoft", "teams-manifest", "package.json");
        Assert.True(File.Exists(validator), "Run npm ci first: @microsoft/teams-manifest is a dev dependency (deployment/local/test.sh installs it).");
        return await Tool.RunAsync("node", [Tool.PathOf("deployment", "teams", "validate.mjs"), manifest]);
    }

    private static async Task<string> ReadAsync(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(await zip.GetEntry(name)!.OpenAsync());
        return await reader.ReadToEndAsync();
    }

    private static async Task<byte[]> ReadBytesAsync(ZipArchive zip, string name)
    {
        await using var entry = await zip.GetEntry(name)!.OpenAsync();
        using var copy = new MemoryStream();
        await entry.CopyToAsync(copy);
        return copy.ToArray();
    }
}
