using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Notes;

namespace JourneyBot.Journeys.Tests.Notes;

public sealed class NameMatcherTests
{
    private static readonly NameCandidate[] Stages =
    [
        new("s1", "Awareness"),
        new("s2", "Purchase"),
        new("s3", "Use the product"),
        new("s4", "Support/Feedback"),
    ];

    private static NameCandidate[] Named(params string[] names) =>
        names.Select((name, i) => new NameCandidate($"c{i + 1}", name)).ToArray();

    private static string[] SuggestedNames(NameMatch match) => match.Suggestions.Select(s => s.Name).ToArray();

    [Theory]
    [InlineData("Purchase", "s2")]
    [InlineData("purchase", "s2")]
    [InlineData("  PURCHASE ", "s2")]
    [InlineData("use  the\tproduct", "s3")]
    [InlineData("Pürchase", "s2")]
    [InlineData("support/feedback", "s4")]
    public void An_exact_name_ignoring_case_accents_and_spaces_is_a_match(string typed, string expectedId)
    {
        var match = NameMatcher.Match(typed, Stages);

        Assert.True(match.IsMatch);
        Assert.Equal(expectedId, match.Match.Id);
        Assert.Empty(match.Suggestions);
    }

    [Fact]
    public void An_accented_candidate_matches_plain_typing() =>
        Assert.Equal("c1", NameMatcher.Match("cafe", Named("Café", "Shop")).Match?.Id);

    [Theory]
    [InlineData("2", "s2")]
    [InlineData("２", "s2")]
    [InlineData(" 4 ", "s4")]
    public void A_position_matches_when_asked(string typed, string expectedId) =>
        Assert.Equal(expectedId, NameMatcher.Match(typed, Stages, allowPosition: true).Match?.Id);

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("-1")]
    [InlineData("+2")]
    public void A_position_outside_the_list_is_not_a_match(string typed) =>
        Assert.False(NameMatcher.Match(typed, Stages, allowPosition: true).IsMatch);

    [Fact]
    public void A_position_is_not_a_match_unless_asked() =>
        Assert.False(NameMatcher.Match("2", Stages).IsMatch);

    [Fact]
    public void A_name_wins_over_a_position()
    {
        var candidates = Named("Use", "2");

        Assert.Equal("c2", NameMatcher.Match("2", candidates, allowPosition: true).Match?.Id);
        Assert.Equal("c1", NameMatcher.Match("1", candidates, allowPosition: true).Match?.Id);
    }

    [Theory]
    [InlineData("Purchse", "Purchase")]
    [InlineData("Pruchase", "Purchase")]
    [InlineData("Purchasse", "Purchase")]
    [InlineData("Pürchse", "Purchase")]
    [InlineData("Awarness", "Awareness")]
    [InlineData("use teh product", "Use the product")]
    public void A_typo_is_only_a_suggestion(string typed, string suggested)
    {
        var match = NameMatcher.Match(typed, Stages, allowPosition: true);

        Assert.False(match.IsMatch);
        Assert.Equal(suggested, Assert.Single(match.Suggestions).Name);
    }

    [Fact]
    public void The_only_close_candidate_is_still_not_matched_silently()
    {
        var match = NameMatcher.Match("Purchse", Named("Purchase"));

        Assert.Null(match.Match);
        Assert.Equal(["Purchase"], SuggestedNames(match));
    }

    [Fact]
    public void A_prefix_is_only_a_suggestion_even_when_it_is_unambiguous()
    {
        var match = NameMatcher.Match("Purch", Stages);

        Assert.Null(match.Match);
        Assert.Equal(["Purchase"], SuggestedNames(match));
    }

    [Fact]
    public void Suggestions_rank_prefixes_then_containing_names_then_typos()
    {
        var candidates = Named("Reuse", "Ube", "User research", "Use it", "Purchase");

        var match = NameMatcher.Match("use", candidates);

        // Prefixes (closer one first), then "Reuse" which contains it; "Ube" is only a typo away and
        // falls off the list of three.
        Assert.Equal(["Use it", "User research", "Reuse"], SuggestedNames(match));
    }

    [Fact]
    public void Typos_are_ranked_by_distance_then_display_order()
    {
        var candidates = Named("Checkouts", "Cheekout", "Checkout");

        Assert.Equal(["Checkout", "Checkouts", "Cheekout"], SuggestedNames(NameMatcher.Match("Chekcout", candidates)));
    }

    [Fact]
    public void At_most_three_suggestions()
    {
        var candidates = Named("Use 1", "Use 2", "Use 3", "Use 4", "Use 5");

        Assert.Equal(["Use 1", "Use 2", "Use 3"], SuggestedNames(NameMatcher.Match("use", candidates)));
    }

    [Fact]
    public void A_name_typed_with_extra_words_suggests_the_name_it_contains() =>
        Assert.Equal(["Purchase"], SuggestedNames(NameMatcher.Match("Purchase stage", Stages)));

    [Theory]
    [InlineData("购买", "c1")]
    [InlineData("使用产品", "c2")]
    public void Chinese_names_match_exactly(string typed, string expectedId) =>
        Assert.Equal(expectedId, NameMatcher.Match(typed, Named("购买", "使用产品", "反馈")).Match?.Id);

    [Theory]
    [InlineData("购卖", "购买")]
    [InlineData("使用", "使用产品")]
    [InlineData("用产品", "使用产品")]
    [InlineData("返馈", "反馈")]
    public void Chinese_names_are_compared_character_by_character(string typed, string suggested)
    {
        var match = NameMatcher.Match(typed, Named("购买", "使用产品", "反馈"));

        Assert.False(match.IsMatch);
        Assert.Equal(suggested, Assert.Single(match.Suggestions).Name);
    }

    [Fact]
    public void An_emoji_counts_as_one_character()
    {
        // The two emoji differ in one code point of a ZWJ sequence: one edit, not several.
        var candidates = Named("👩‍💻 Dev", "🚀 Launch");

        Assert.Equal(["👩‍💻 Dev"], SuggestedNames(NameMatcher.Match("👨‍💻 Dev", candidates)));
        Assert.Equal(["🚀 Launch"], SuggestedNames(NameMatcher.Match("🚀 Lanch", candidates)));
        Assert.Equal("c2", NameMatcher.Match("🚀 LAUNCH", candidates).Match?.Id);
    }

    [Fact]
    public void Two_candidates_with_the_same_name_are_both_offered_rather_than_one_picked()
    {
        var match = NameMatcher.Match("Use", Named("Use", "Purchase", "USE"));

        Assert.False(match.IsMatch);
        Assert.Equal(["Use", "USE"], SuggestedNames(match));
    }

    [Theory]
    [InlineData("Zebra crossing")]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Nothing_close_gives_no_match_and_no_suggestions(string? typed)
    {
        var match = NameMatcher.Match(typed, Stages);

        Assert.False(match.IsMatch);
        Assert.Empty(match.Suggestions);
    }

    [Fact]
    public void A_lone_surrogate_in_the_typed_name_does_not_throw() =>
        Assert.False(NameMatcher.Match("Use\uD83D", Stages).IsMatch);

    [Fact]
    public void Stages_and_lanes_of_a_map_match_by_name_or_position()
    {
        var map = MapLayouts.Create(
            "m1",
            new MapScope("tenant", "chat"),
            "Checkout",
            "buyer",
            "why",
            MapTemplate.ServiceBlueprint,
            new Person("u1", "Ann"),
            DateTimeOffset.UnixEpoch,
            key => key);

        Assert.Equal(map.Stages[2].Id, NameMatcher.MatchStage(map, "3").Match?.Id);
        Assert.Equal(map.Stages[2].Id, NameMatcher.MatchStage(map, "PURCHASE").Match?.Id);
        Assert.Equal(map.Lanes[1].Id, NameMatcher.MatchLane(map, "customer").Match?.Id);
        Assert.Equal(map.Lanes[3].Id, NameMatcher.MatchLane(map, "4").Match?.Id);
        Assert.Equal(["backstage"], SuggestedNames(NameMatcher.MatchLane(map, "backstag")));
    }
}
