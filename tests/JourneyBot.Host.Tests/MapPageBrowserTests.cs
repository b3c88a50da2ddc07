using System.Diagnostics;
using System.Net;
using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Maps;
using Xunit.Abstractions;

namespace JourneyBot.Host.Tests;

/// <summary>
/// The map page as a person sees it: the real host on a loopback port, opened by headless Chromium
/// (Debian's <c>chromium</c>; these tests fail, never skip, without it), screenshot decoded and DOM read.
/// </summary>
public sealed class MapPageBrowserTests(LoopbackMapPageHost host, ITestOutputHelper output) : IClassFixture<LoopbackMapPageHost>
{
    private const int Width = 1400;
    private const int Height = 900;
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_fifty_note_sample_map_renders_with_its_stages_lanes_and_cards()
    {
        var sample = await host.StoreAsync(SampleMaps.EquipmentRepair(host.Scope, "b" + Guid.NewGuid().ToString("N")[..8]));

        var (png, dom) = await CaptureAsync(sample.Map.Id);

        Assert.DoesNotContain("This link does not work", dom, StringComparison.Ordinal);
        Assert.All(sample.Map.Stages, s => Assert.Contains(WebUtility.HtmlEncode(s.Name), dom, StringComparison.Ordinal));
        Assert.All(sample.Map.Lanes, l => Assert.Contains(WebUtility.HtmlEncode(l.Name), dom, StringComparison.Ordinal));
        Assert.Equal(50, Occurrences(dom, "<g class=\"card "));
        AssertNotBlank(png);
    }

    [Fact]
    public async Task A_thousand_note_map_renders_every_card()
    {
        var sample = await host.StoreAsync(SampleMaps.Generated(host.Scope, "k" + Guid.NewGuid().ToString("N")[..8], 1000));

        var (png, dom) = await CaptureAsync(sample.Map.Id);

        Assert.Equal(1000, Occurrences(dom, "<g class=\"card "));
        AssertNotBlank(png);
    }

    private async Task<(byte[] Png, string Dom)> CaptureAsync(string mapId)
    {
        var url = new Uri(host.BaseAddress!, host.ViewPath(mapId));
        var watch = Stopwatch.StartNew();
        var capture = await HeadlessChromium.CaptureAsync(url, Width, Height, BrowserTimeout, CancellationToken.None);
        output.WriteLine($"Chromium loaded and captured {url.AbsolutePath} in {watch.ElapsedMilliseconds} ms ({capture.Dom.Length} characters of DOM).");
        return capture;
    }

    private void AssertNotBlank(byte[] png)
    {
        var image = PngImage.Decode(png);
        output.WriteLine($"Screenshot {image.Width}x{image.Height}: {image.DistinctColours} colours, the commonest covering {image.MostCommonColourShare:P0}.");
        Assert.Equal((Width, Height), (image.Width, image.Height));
        Assert.True(image.DistinctColours > 20, $"the screenshot has only {image.DistinctColours} colours");
        Assert.True(image.MostCommonColourShare < 0.9, $"one colour covers {image.MostCommonColourShare:P0} of the screenshot");
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
