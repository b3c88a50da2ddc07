using System.Text.RegularExpressions;

namespace JourneyBot.Deployment.Tests.Support;

/// <summary>One app setting (container environment variable) that main.bicep gives the bot.</summary>
/// <param name="Name">e.g. <c>Storage__ServiceUri</c>, or <c>Bot__AllowedTenants__${i}</c> in a loop.</param>
/// <param name="Value">The Bicep expression: a quoted literal, or an expression only Azure can evaluate.</param>
/// <param name="IsSecretRef">True for <c>secretRef:</c> (the value lives in the app's secrets).</param>
public sealed partial record AppSetting(string Name, string Value, bool IsSecretRef)
{
    /// <summary>The configuration key the host reads: <c>__</c> is ASP.NET Core's section separator in variables.</summary>
    public string ConfigurationKey => LoopIndex().Replace(Name, "0").Replace("__", ":", StringComparison.Ordinal);

    /// <summary>The literal value, when the Bicep gives one (a quoted string without interpolation).</summary>
    public string? Literal => !IsSecretRef && Value.Length >= 2 && Value[0] == '\'' && Value[^1] == '\'' && !Value.Contains("${", StringComparison.Ordinal)
        ? Value[1..^1]
        : null;

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex LoopIndex();
}

/// <summary>Reads the app settings out of deployment/azure/main.bicep (one <c>{ name: '…', value: … }</c> a line).</summary>
public static partial class BicepFile
{
    public static string MainPath => Tool.PathOf("deployment", "azure", "main.bicep");

    public static IReadOnlyList<AppSetting> AppSettings() =>
        Setting().Matches(File.ReadAllText(MainPath))
            .Select(m => new AppSetting(m.Groups["name"].Value, m.Groups["value"].Value.Trim(), m.Groups["kind"].Value == "secretRef"))
            .ToList();

    /// <summary>The value of <c>var NAME = …</c>, e.g. the container port.</summary>
    public static string Variable(string name)
    {
        var match = Regex.Match(File.ReadAllText(MainPath), $@"^var {Regex.Escape(name)} = (?<value>.+)$", RegexOptions.Multiline);
        return match.Success ? match.Groups["value"].Value.Trim() : throw new InvalidOperationException($"main.bicep has no var {name}.");
    }

    [GeneratedRegex(@"\{ name: '(?<name>[^']+)', (?<kind>value|secretRef): (?<value>.+?) \}")]
    private static partial Regex Setting();
}
