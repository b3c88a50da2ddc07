using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.Cards.Validation;
using JourneyBot.Domain.Actions;
using JourneyBot.Domain.Analysis;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Summaries;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Journeys.Tests.Summaries;

/// <summary>
/// The largest maps the bot allows still give a summary card under the 28 KB limit that stays readable.
/// Notes are built in memory and handed to the card builder: 10,000 storage writes would test storage.
/// </summary>
public sealed partial class SummarySizeTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    private const int NoteCount = 10_000;
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly Uri MapUrl = new("https://journeybot.test/maps/m1/view?t=" + new string('x', 300));

    private SummaryCards Cards => host.Services.GetRequiredService<SummaryCards>();

    [Fact]
    public void Ten_thousand_long_notes_on_thirty_stages_and_twenty_lanes_with_the_longest_names_fit_in_a_readable_card()
    {
        var map = LargestMap();
        var notes = ManyNotes(map);

        foreach (var culture in BotText.Languages)
        {
            var insights = MapAnalysis.Analyse(map, notes, Now.AddDays(-14)) with { Actions = ManyActions(map) };
            var card = Card(culture, insights);
            var texts = card.TextBlocks();

            Assert.Equal(JourneyMap.MaxStages, texts.Count(t => StageRow().IsMatch(t)));
            Assert.Contains(BotText.Get(culture, TextKeys.SummaryWorksWell, insights.WorksWell.Count.ToString("N0", culture)), texts);
            Assert.Contains(BotText.Get(culture, TextKeys.SummaryDoesNotWork, insights.DoesNotWork.Count.ToString("N0", culture)), texts);
            Assert.Contains(texts, t => t.StartsWith(BotText.Get(culture, TextKeys.SummaryMore, string.Empty)[..3], StringComparison.Ordinal));
            Assert.Equal(3, card.Facts().Count(f => f.Key == BotText.Get(culture, TextKeys.SummaryLowest) || f.Key == BotText.Get(culture, TextKeys.SummaryHighest) || f.Key == BotText.Get(culture, TextKeys.SummaryEnd)));
            Assert.All(texts, t => Assert.InRange(t.Length, 0, 400));
            Assert.Contains(BotText.Get(culture, TextKeys.SummaryActionsHeading, 1_000.ToString("N0", culture)), texts);
            Assert.Contains(BotText.Get(culture, TextKeys.SummaryActionsCounts, 500.ToString("N0", culture)), texts);
        }
    }

    [Fact]
    public void A_stage_and_a_lane_of_the_largest_map_fit_too()
    {
        var map = LargestMap();
        var notes = ManyNotes(map);

        var stage = Card(BotText.SimplifiedChinese, MapAnalysis.Analyse(map, notes, Now.AddDays(-14), MapFocus.OnStage(map.Stages[7].Id)));
        var lane = Card(BotText.English, MapAnalysis.Analyse(map, notes, Now.AddDays(-14), MapFocus.OnLane(map.Lanes[0].Id)));

        Assert.Equal(JourneyMap.MaxLanes, stage.TextBlocks().Count(t => LaneRow().IsMatch(t)));
        Assert.Equal(JourneyMap.MaxStages, lane.TextBlocks().Count(t => StageRow().IsMatch(t)));
    }

    [Fact]
    public void A_typical_map_keeps_the_full_detail_even_with_ten_thousand_notes()
    {
        var map = MapLayouts.Create("m1", new MapScope("t", "c"), "Checkout", "Buyer", "Why?", MapTemplate.ServiceBlueprint, Person(0), Now.AddDays(-90), key => key);
        var notes = ManyNotes(map);

        var card = Card(BotText.English, MapAnalysis.Analyse(map, notes, Now.AddDays(-14)));

        // The first, most detailed level of the limits: rows open their stage by name, five items per list.
        Assert.Equal(map.Stages.Select(s => "summary " + s.Name), card.RowCommands());
        Assert.Equal(5, card.TextBlocks().SkipWhile(t => !t.StartsWith("What works well", StringComparison.Ordinal)).Skip(1).TakeWhile(t => !t.StartsWith("…and", StringComparison.Ordinal)).Count() / 2);
    }

    [Fact]
    public void The_text_summary_of_the_largest_map_stays_short()
    {
        var map = LargestMap();
        var insights = MapAnalysis.Analyse(map, ManyNotes(map), Now.AddDays(-14)) with { Actions = ManyActions(map) };

        var text = SummaryCards.Text(BotText.English, insights, SummaryCommands.ChangeWindow, MapUrl).Text!;

        Assert.InRange(text.Length, 2_000, 16_000);
        Assert.Equal(JourneyMap.MaxStages, text.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal) && StageRow().IsMatch(l[2..])));
    }

    private JsonObject Card(CultureInfo culture, MapInsights insights)
    {
        var card = Assert.Single(Cards.Card(culture, insights, SummaryCommands.ChangeWindow, MapUrl).Attachments!).Content!.AsObject();
        var check = CardValidator.Check(card);
        Assert.True(check.IsValid, string.Join(" ", check.Problems));
        Assert.InRange(check.SizeInBytes, 1, CardValidator.MaxCardBytes);
        return card;
    }

    /// <summary>Thirty stages and twenty lanes, every name and description as long as allowed, in Chinese with emoji.</summary>
    private static JourneyMap LargestMap()
    {
        var map = MapLayouts.Create(
            "m1", new MapScope("t", "c"), Long("地图🗺️", JourneyMap.MaxNameLength), Long("第一次购买的小企业主😀", JourneyMap.MaxDescriptionLength),
            Long("为什么试用用户没有转化🤔", JourneyMap.MaxDescriptionLength), MapTemplate.Blank, Person(0), Now.AddDays(-90), key => key);
        for (var i = 1; i <= JourneyMap.MaxStages; i++)
        {
            map = map.AddStage(Long($"{i}阶段🚀", JourneyMap.MaxNameLength), i, Now);
        }

        LaneKind[] kinds = [LaneKind.Customer, LaneKind.PhysicalEvidence, LaneKind.Frontstage, LaneKind.Backstage, LaneKind.Support, LaneKind.Stakeholder];
        for (var i = 1; i <= JourneyMap.MaxLanes; i++)
        {
            map = map.AddLane(Long($"{i}泳道👥", JourneyMap.MaxNameLength), kinds[Math.Min(i - 1, kinds.Length - 1)], i, Now);
        }

        return map;
    }

    /// <summary>10,000 notes of every kind spread over the map, 2,000 characters each, by 50 people; the last third within the change window, some edited or deleted.</summary>
    private static List<Note> ManyNotes(JourneyMap map)
    {
        var kinds = Enum.GetValues<NoteKind>();
        var text = Long("银行卡被拒绝了但是没有任何原因说明💳😡", Note.MaxTextLength);
        var notes = new List<Note>(NoteCount);
        for (var i = 0; i < NoteCount; i++)
        {
            var kind = kinds[i % kinds.Length];
            var lane = map.Lanes[i % map.Lanes.Count];
            var at = Now.AddDays(-30).AddMinutes(i * 4);
            var note = new Note
            {
                MapId = map.Id,
                Id = "n" + i.ToString(CultureInfo.InvariantCulture),
                Kind = kind,
                StageId = map.Stages[i / 7 % map.Stages.Count].Id,
                LaneId = lane.Id,
                ToLaneId = kind == NoteKind.Handoff ? map.Lanes[(i + 1) % map.Lanes.Count].Id : null,
                Score = kind == NoteKind.Emotion ? (i / 10 % 5) - 2 : null,
                Speaker = kind == NoteKind.Quote ? Long("客户🙂", Note.MaxFieldLength) : null,
                Text = i.ToString(CultureInfo.InvariantCulture) + text[..^8],
                Author = Person(i % 50),
                CreatedAt = at,
                UpdatedAt = at,
            };
            notes.Add(i % 97 == 0 ? note.Edit(text, Person(1), Now.AddDays(-1)) : i % 89 == 0 ? note.Delete(Person(2), Now.AddDays(-2)) : note);
        }

        return notes;
    }

    /// <summary>A thousand pending action items with the longest texts and owner names, half of them overdue.</summary>
    private static ActionPlan ManyActions(JourneyMap map)
    {
        var today = map.LocalDate(Now);
        var text = Long("给所有被拒绝的客户回电并解释原因📞", ActionItem.MaxTextLength);
        var items = Enumerable.Range(0, 1_000).Select(i => new ActionItem
        {
            MapId = map.Id,
            Id = "a" + i.ToString("D4", CultureInfo.InvariantCulture),
            Text = text,
            Owner = Person(i % 50),
            Due = today.AddDays(i % 2 == 0 ? -1 - i : 1 + i),
            CreatedBy = Person(0),
            CreatedAt = Now.AddDays(-10),
        });
        return ActionPlan.Of(items, today, SummaryLimits.Levels[0].Items);
    }

    private static Person Person(int i) => new($"29:user-{i}", Long($"用户{i}👤", 64));

    private static string Long(string seed, int length)
    {
        var text = new StringBuilder(length + seed.Length);
        while (text.Length < length)
        {
            text.Append(seed);
        }

        return MapText.Truncate(text.ToString(), length);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\S+ )?\d+\. ")]
    private static partial System.Text.RegularExpressions.Regex StageRow();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\S+ )?\d+泳道")]
    private static partial System.Text.RegularExpressions.Regex LaneRow();
}
