using System.Text.RegularExpressions;
using JourneyBot.Deployment.Tests.Support;

namespace JourneyBot.Deployment.Tests;

/// <summary>
/// The Dockerfile, read as text (no Docker engine on the build machines): two stages, the .NET 10 runtime image,
/// a non-root user, the port main.bicep sends traffic to, and every project the host needs copied in for restore.
/// The publish command it runs was run by hand into a folder (README, Deploy to Azure and Teams).
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(Tool.PathOf("Dockerfile"))
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToArray();

    [Fact]
    public void It_builds_with_the_SDK_and_runs_on_the_ASP_NET_Core_10_runtime_image()
    {
        var froms = Lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.True(froms.Count >= 2, "multi-stage: a build stage and a runtime stage");
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0", froms[0], StringComparison.Ordinal);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0(\.\d+)?(-[a-z0-9.-]+)?( AS \w+)?$", froms[^1]);
    }

    [Fact]
    public void The_runtime_stage_runs_JourneyBot_dll_as_a_non_root_user()
    {
        var final = FinalStage();

        var user = Assert.Single(final, l => l.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Trim();
        Assert.DoesNotContain(user, new[] { "root", "0", "0:0" });
        Assert.Equal("ENTRYPOINT [\"dotnet\", \"JourneyBot.dll\"]", final[^1]);
        Assert.True(final.IndexOf(final.Single(l => l.StartsWith("USER ", StringComparison.Ordinal))) > final.FindIndex(l => l.StartsWith("COPY ", StringComparison.Ordinal)), "USER after the files are copied in");
    }

    [Fact]
    public void The_image_listens_on_the_port_the_container_app_sends_traffic_to()
    {
        var final = FinalStage();

        var httpPorts = Assert.Single(final, l => l.StartsWith("ENV ASPNETCORE_HTTP_PORTS=", StringComparison.Ordinal)).Split('=')[1];
        var exposed = Assert.Single(final, l => l.StartsWith("EXPOSE ", StringComparison.Ordinal))["EXPOSE ".Length..];
        Assert.Equal(httpPorts, exposed);
        Assert.Equal(httpPorts, BicepFile.Variable("appPort"));
    }

    [Fact]
    public void Every_project_the_host_is_built_from_is_copied_in_before_restore_and_the_host_is_published()
    {
        var copiedProjects = Lines.Select(l => CopiedProject().Match(l)).Where(m => m.Success).Select(m => m.Groups["project"].Value).ToHashSet();
        var sourceProjects = Directory.GetFiles(Tool.PathOf("src"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Tool.Root, p).Replace('\\', '/'))
            .ToHashSet();

        Assert.Equal(sourceProjects.Order(StringComparer.Ordinal), copiedProjects.Order(StringComparer.Ordinal));
        Assert.Contains(Lines, l => l.StartsWith("RUN dotnet publish src/JourneyBot/JourneyBot.csproj ", StringComparison.Ordinal) && l.Contains("-c Release", StringComparison.Ordinal));
        Assert.Contains("COPY cards/ cards/", Lines);
    }

    [Fact]
    public void What_the_Dockerfile_copies_exists_and_the_dockerignore_keeps_build_output_and_node_modules_out()
    {
        var sources = Lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.StartsWith("COPY --from", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]);
        var ignored = File.ReadAllLines(Tool.PathOf(".dockerignore")).Select(l => l.Trim()).ToHashSet();

        Assert.All(sources, s => Assert.True(File.Exists(Tool.PathOf(s)) || Directory.Exists(Tool.PathOf(s)), $"COPY {s}: not in the repository"));
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("node_modules/", ignored);
        Assert.DoesNotContain("src/", ignored);
        Assert.DoesNotContain("cards/", ignored);
    }

    private static List<string> FinalStage()
    {
        var lastFrom = Array.FindLastIndex(Lines, l => l.StartsWith("FROM ", StringComparison.Ordinal));
        return Lines[lastFrom..].ToList();
    }

    [GeneratedRegex(@"^COPY (?<project>src/[\w.]+/[\w.]+\.csproj) src/[\w.]+/$")]
    private static partial Regex CopiedProject();
}
