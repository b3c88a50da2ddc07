using JourneyBot.Deployment.Tests.Support;

namespace JourneyBot.Deployment.Tests;

/// <summary>The app package's icons, as Teams asks for them: color 192x192, outline 32x32 white on transparent.</summary>
public sealed class TeamsIconTests
{
    [Fact]
    public void The_color_icon_is_192_by_192()
    {
        var icon = Icon("color.png");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Equal(PngImage.ColorTypeRgba, icon.ColorType);
        // Full colour means a filled tile: no see-through corners.
        Assert.Equal(255, icon.Pixel(0, 0).A);
        Assert.Equal(255, icon.Pixel(191, 191).A);
    }

    [Fact]
    public void The_outline_icon_is_32_by_32_white_on_transparent()
    {
        var icon = Icon("outline.png");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlpha, "the outline icon needs an alpha channel");
        Assert.NotNull(icon.Rgba);
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => icon.Pixel(i % 32, i / 32)).ToList();
        var drawn = pixels.Where(p => p.A > 0).ToList();

        Assert.Equal(0, icon.Pixel(0, 0).A);
        Assert.Equal(0, icon.Pixel(31, 31).A);
        Assert.InRange(drawn.Count, 32, (32 * 32) - 32);
        Assert.All(drawn, p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    [Fact]
    public async Task The_committed_icons_are_what_icons_mjs_draws()
    {
        const string script = "const m = await import(process.argv[1]); console.log(m.colorIcon().toString('base64')); console.log(m.outlineIcon().toString('base64'));";
        var result = await Tool.RunAsync("node", ["--input-type=module", "-e", script, new Uri(Tool.PathOf("deployment", "teams", "icons.mjs")).AbsoluteUri]);

        Assert.True(result.ExitCode == 0, result.All);
        var drawn = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(Tool.PathOf("deployment", "teams", "color.png"))), drawn[0]);
        Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(Tool.PathOf("deployment", "teams", "outline.png"))), drawn[1]);
    }

    [Fact]
    public void The_manifest_names_the_two_icons()
    {
        var manifest = File.ReadAllText(Tool.PathOf("deployment", "teams", "manifest.json"));

        Assert.Contains("\"color\": \"color.png\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"outline\": \"outline.png\"", manifest, StringComparison.Ordinal);
    }

    private static PngImage Icon(string name) => PngImage.Read(File.ReadAllBytes(Tool.PathOf("deployment", "teams", name)));
}
