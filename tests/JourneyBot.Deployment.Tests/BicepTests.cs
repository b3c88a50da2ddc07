using System.Text.Json.Nodes;
using JourneyBot.Deployment.Tests.Support;

namespace JourneyBot.Deployment.Tests;

/// <summary>
/// deployment/azure compiled with the real Bicep compiler (from NuGet): no errors, no linter warnings, and a
/// parameters file that fits the template. Nothing is deployed: that needs an Azure subscription.
/// </summary>
public sealed class BicepTests : IDisposable
{
    private const string SigningKey = "VGhpcyBpcyBub3QgYSByZWFsIGtleSwganVzdCBhIHRlc3Qu";

    private readonly string _folder = Directory.CreateTempSubdirectory("journeybot-bicep-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Main_bicep_compiles_without_errors_or_warnings()
    {
        var result = await Tool.RunAsync(Tool.Bicep, ["build", BicepFile.MainPath, "--stdout"]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(string.Empty, result.Error.Trim());
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", JsonNode.Parse(result.Output)!["$schema"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_misspelt_resource_property_is_reported()
    {
        // The check above can fail: the compiler knows the resource types' properties.
        var broken = File.ReadAllText(BicepFile.MainPath).Replace("msaAppType:", "msaAppTyp:", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "main.bicep");
        await File.WriteAllTextAsync(path, broken);

        var result = await Tool.RunAsync(Tool.Bicep, ["build", path, "--stdout"]);

        Assert.Contains("The property \"msaAppTyp\" is not allowed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_parameters_file_fits_the_template_and_takes_the_signing_key_from_the_environment()
    {
        var result = await BuildParametersAsync(Tool.PathOf("deployment", "azure", "main.bicepparam"), SigningKey);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(string.Empty, result.Error.Trim());
        var parameters = JsonNode.Parse(JsonNode.Parse(result.Output)!["parametersJson"]!.GetValue<string>())!["parameters"]!;
        Assert.Equal(SigningKey, parameters["mapLinksSigningKey"]!["value"]!.GetValue<string>());
        Assert.Equal(string.Empty, parameters["containerImage"]!["value"]!.GetValue<string>());
        Assert.True(parameters["minReplicas"]!["value"]!.GetValue<int>() >= 1, "the reminder dispatcher needs one replica running");
    }

    [Fact]
    public async Task Without_the_signing_key_in_the_environment_the_parameters_do_not_build()
    {
        var result = await BuildParametersAsync(Tool.PathOf("deployment", "azure", "main.bicepparam"), signingKey: null);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("JOURNEYBOT_SIGNING_KEY", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parameter_the_template_does_not_declare_is_refused()
    {
        File.Copy(BicepFile.MainPath, Path.Combine(_folder, "main.bicep"));
        var parameters = Path.Combine(_folder, "main.bicepparam");
        await File.WriteAllTextAsync(parameters, await File.ReadAllTextAsync(Tool.PathOf("deployment", "azure", "main.bicepparam")) + "param replicas = 2\n");

        var result = await BuildParametersAsync(parameters, SigningKey);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("replicas", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_is_a_user_assigned_managed_identity_bot_on_Teams_and_reaches_its_tables_without_keys()
    {
        var template = await CompileAsync();
        var resources = template["resources"]!.AsArray().Select(r => r!).ToList();
        JsonNode Resource(string type) => Assert.Single(resources, r => r["type"]!.GetValue<string>() == type);

        var bot = Resource("Microsoft.BotService/botServices")["properties"]!;
        Assert.Equal("UserAssignedMSI", bot["msaAppType"]!.GetValue<string>());
        Assert.StartsWith("[format('https://{0}/api/messages'", bot["endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("MsTeamsChannel", Resource("Microsoft.BotService/botServices/channels")["properties"]!["channelName"]!.GetValue<string>());
        Assert.False(Resource("Microsoft.Storage/storageAccounts")["properties"]!["allowSharedKeyAccess"]!.GetValue<bool>());
        var roles = resources.Where(r => r["type"]!.GetValue<string>() == "Microsoft.Authorization/roleAssignments")
            .Select(r => r["properties"]!["roleDefinitionId"]!.ToJsonString()).ToList();
        Assert.Contains(roles, r => r.Contains("storageTableDataContributor", StringComparison.Ordinal));
        Assert.Equal("'0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'", BicepFile.Variable("storageTableDataContributor"));
        Assert.Equal("'7f951dda-4ed3-4680-a7ca-43fe172d538d'", BicepFile.Variable("acrPull"));
    }

    private static async Task<JsonNode> CompileAsync()
    {
        var result = await Tool.RunAsync(Tool.Bicep, ["build", BicepFile.MainPath, "--stdout"]);
        Assert.True(result.ExitCode == 0, result.All);
        return JsonNode.Parse(result.Output)!;
    }

    private static Task<ToolResult> BuildParametersAsync(string path, string? signingKey) =>
        Tool.RunAsync(Tool.Bicep, ["build-params", path, "--stdout"], signingKey is null
            ? null
            : new Dictionary<string, string?> { ["JOURNEYBOT_SIGNING_KEY"] = signingKey });
}
