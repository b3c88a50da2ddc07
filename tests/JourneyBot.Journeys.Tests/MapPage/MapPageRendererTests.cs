using System.Xml;
using System.Xml.Linq;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.MapPage;
using JourneyBot.TestSupport.Maps;

namespace JourneyBot.Journeys.Tests.MapPage;

public sealed class MapPageRendererTests
{
    private const string Hostile = "<script>alert('x')</script> & \"quoted\" 'single' </text></svg><b>bold</b> 中文 😀👩‍👩‍👧 مرحبا بالعالم שלום";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly MapScope Scope = new("tenant-render", "msteams:conversation:render");
    private readonly MapPageRenderer _renderer = new();

    [Fact]
    public void User_text_anywhere_on_the_page_is_escaped_and_reads_back_unchanged()
    {
        var sample = SampleMaps.EquipmentRepair(Scope, "m1");
        var map = sample.Map with
        {
            Name = Hostile[..90],
            Persona = Hostile,
            Goal = "Goal & \"more\"",
            Stages = [.. sample.Map.Stages.SkipLast(1), new Stage("s5", Hostile[..60])],
            Lanes = [.. sample.Map.Lanes.SkipLast(1), new Lane("l6", Hostile[..40], LaneKind.Support, new Person("29:o", "<i>Owner</i>"))],
        };
        var hostileNote = sample.Notes[0] with
        {
            Id = "h<1>",
            Kind = NoteKind.Quote,
            Text = Hostile,
            Speaker = "<img src=x onerror=alert(1)>",
            Category = "a&b",
            Author = new Person("29:evil", "Eve <evil@example.com>"),
        };
        var notes = sample.Notes.Skip(1).Prepend(hostileNote).ToList();

        var html = _renderer.Render(map, notes, BotText.English);
        var page = Parse(html);

        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "img" or "b" or "i" or "iframe" or "object");
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(map.Name, page.Descendants("h1").Single().Value);
        Assert.Equal(map.Name + " – journey map", page.Descendants("title").First().Value);
        Assert.Contains(page.Descendants("dd"), dd => dd.Value == Hostile);
        var titles = page.Descendants(Svg + "title").Select(t => t.Value).ToList();
        Assert.Contains(Hostile[..60], titles);
        Assert.Contains(Hostile[..40], titles);
        Assert.Contains(titles, t => t.Contains(Hostile, StringComparison.Ordinal) && t.Contains("Eve <evil@example.com>", StringComparison.Ordinal));
        Assert.Contains(page.Descendants(Svg + "tspan"), t => t.Value == "Owner: <i>Owner</i>");
        Assert.Equal(50, page.Descendants(Svg + "g").Count(g => Classes(g).Contains("card")));
    }

    [Fact]
    public void The_page_needs_nothing_from_outside_and_runs_no_script()
    {
        var sample = SampleMaps.EquipmentRepair(Scope, "m1");

        var html = _renderer.Render(sample.Map, sample.Notes, BotText.English);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        var page = Parse(html);
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href");
        Assert.Equal(["http://www.w3.org/2000/svg"], page.Descendants().Attributes().Select(a => a.Value).Where(v => v.Contains("://", StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public void The_page_shows_stages_lanes_legend_counts_and_emotion_curve()
    {
        var sample = SampleMaps.EquipmentRepair(Scope, "m1");

        var page = Parse(_renderer.Render(sample.Map, sample.Notes, BotText.English));

        var svgTitles = page.Descendants(Svg + "title").Select(t => t.Value).ToList();
        Assert.All(sample.Map.Stages, s => Assert.Contains(s.Name, svgTitles));
        Assert.All(sample.Map.Lanes, l => Assert.Contains(l.Name, svgTitles));
        var legend = page.Descendants("ul").Single(u => Classes(u).Contains("legend")).Elements("li").Select(li => li.Value).ToList();
        Assert.Equal(NoteKinds.Ordered.Select(k => NoteKinds.Name(BotText.English, k)), legend);
        Assert.Equal("5 stages · 6 lanes · 50 notes", page.Descendants("p").Single(p => Classes(p).Contains("summary")).Value);
        Assert.Single(page.Descendants(Svg + "polyline"), p => Classes(p).Contains("curve"));
        Assert.Equal(5, page.Descendants(Svg + "g").Count(g => Classes(g).Contains("point")));
        Assert.Equal(4, page.Descendants(Svg + "g").Count(g => Classes(g).Contains("arrow")));
        Assert.Equal(6, page.Descendants(Svg + "g").Count(g => Classes(g).Contains("k-RedFlag") || Classes(g).Contains("k-GreenFlag")));
        Assert.Equal(6, page.Descendants(Svg + "path").Count(p => Classes(p).Contains("flag")));
    }

    [Fact]
    public void A_chinese_reader_gets_the_page_in_chinese()
    {
        var sample = SampleMaps.EquipmentRepair(Scope, "m1");

        var html = _renderer.Render(sample.Map, sample.Notes, BotText.SimplifiedChinese);

        var page = Parse(html);
        Assert.Equal("zh-Hans", page.Root!.Attribute("lang")!.Value);
        Assert.Contains("情绪曲线", html, StringComparison.Ordinal);
        Assert.Contains("红旗：存在问题", html, StringComparison.Ordinal);
        Assert.Contains("5 个阶段 · 6 条泳道 · 50 条笔记", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_without_notes_still_shows_its_stages_and_lanes_and_says_so()
    {
        var sample = SampleMaps.EquipmentRepair(Scope, "m1");

        var html = _renderer.Render(sample.Map, [], BotText.English);

        Assert.Contains("No notes on this map yet", html, StringComparison.Ordinal);
        Assert.Contains("No emotion scores yet", html, StringComparison.Ordinal);
        Assert.Contains("Notice fault", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_without_stages_has_no_board()
    {
        var sample = SampleMaps.EquipmentRepair(Scope, "m1");

        var html = _renderer.Render(sample.Map with { Stages = [] }, sample.Notes, BotText.English);

        Assert.Contains("no stages or lanes yet", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Parse(html);
    }

    [Theory]
    [InlineData(MapPageProblem.LinkRefused, "en", "This link does not work")]
    [InlineData(MapPageProblem.LinkRefused, "zh-Hans", "此链接无法打开")]
    [InlineData(MapPageProblem.MapNotFound, "en", "Map not found")]
    [InlineData(MapPageProblem.MapNotFound, "zh-Hans", "找不到此地图")]
    public void Problem_pages_explain_in_the_readers_language(MapPageProblem problem, string language, string title)
    {
        var page = Parse(_renderer.RenderProblem(problem, BotText.CultureOf(language)));

        Assert.Equal(title, page.Descendants("h1").Single().Value);
        Assert.Equal(language, page.Root!.Attribute("lang")!.Value);
    }

    /// <summary>The page is written so that an XML parser reads it too: a strict check of its well-formedness.</summary>
    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static string[] Classes(XElement element) =>
        (element.Attribute("class")?.Value ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
