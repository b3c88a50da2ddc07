using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Tests.Maps;

public sealed class JourneyMapTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Created.AddDays(1);

    private static JourneyMap Journey(MapTemplate template = MapTemplate.CustomerJourney) =>
        MapLayouts.Create("m1", new MapScope("t", "c"), "  Trial \t to paid ", " Persona ", "Goal", template, new Person("29:a", "Alice"), Created, key => char.ToUpperInvariant(key[0]) + key[1..]);

    [Fact]
    public void Templates_lay_out_their_stages_and_lanes()
    {
        Assert.Equal(["Awareness", "Consideration", "Purchase", "Use", "Feedback"], Journey().Stages.Select(s => s.Name));
        Assert.Equal(["Customer"], Journey().Lanes.Select(l => l.Name));
        Assert.Equal(["Discover", "Research", "Purchase", "Use", "Support"], Journey(MapTemplate.SprintServiceMap).Stages.Select(s => s.Name));
        var blueprint = Journey(MapTemplate.ServiceBlueprint);
        Assert.Equal([LaneKind.PhysicalEvidence, LaneKind.Customer, LaneKind.Frontstage, LaneKind.Backstage, LaneKind.Support], blueprint.Lanes.Select(l => l.Kind));
        Assert.Empty(Journey(MapTemplate.Blank).Stages);
        Assert.Empty(Journey(MapTemplate.Blank).Lanes);
    }

    [Fact]
    public void Names_are_cleaned_when_the_map_is_created()
    {
        var map = Journey();

        Assert.Equal("Trial to paid", map.Name);
        Assert.Equal("Persona", map.Persona);
    }

    [Theory]
    [InlineData(1, new[] { "New", "Awareness", "Consideration", "Purchase", "Use", "Feedback" })]
    [InlineData(3, new[] { "Awareness", "Consideration", "New", "Purchase", "Use", "Feedback" })]
    [InlineData(6, new[] { "Awareness", "Consideration", "Purchase", "Use", "Feedback", "New" })]
    [InlineData(99, new[] { "Awareness", "Consideration", "Purchase", "Use", "Feedback", "New" })]
    [InlineData(-5, new[] { "New", "Awareness", "Consideration", "Purchase", "Use", "Feedback" })]
    public void Add_stage_inserts_at_the_position_clamped_to_the_ends(int position, string[] expected)
    {
        var map = Journey().AddStage("New", position, Later);

        Assert.Equal(expected, map.Stages.Select(s => s.Name));
        Assert.Equal(Later, map.UpdatedAt);
        Assert.Equal("s6", map.Stages.Single(s => s.Name == "New").Id);
    }

    [Fact]
    public void Stage_ids_stay_unique_after_many_additions()
    {
        var map = Journey(MapTemplate.Blank);
        for (var i = 0; i < JourneyMap.MaxStages; i++)
        {
            map = map.AddStage($"Stage {i}", 1, Later);
        }

        Assert.Equal(JourneyMap.MaxStages, map.Stages.Select(s => s.Id).Distinct().Count());
        Assert.Equal(MapRule.TooManyStages, Assert.Throws<MapRuleException>(() => map.AddStage("One more", 1, Later)).Rule);
    }

    [Theory]
    [InlineData("purchase")]
    [InlineData(" PURCHASE ")]
    [InlineData("Pürchase")]
    public void Duplicate_stage_names_are_refused_ignoring_case_accents_and_spaces(string name)
    {
        var error = Assert.Throws<MapRuleException>(() => Journey().AddStage(name, 1, Later));

        Assert.Equal(MapRule.DuplicateStage, error.Rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0007")]
    public void Empty_stage_names_are_refused(string name) =>
        Assert.Equal(MapRule.EmptyName, Assert.Throws<MapRuleException>(() => Journey().AddStage(name, 1, Later)).Rule);

    [Fact]
    public void Adding_a_stage_leaves_the_original_map_unchanged()
    {
        var map = Journey();

        _ = map.AddStage("New", 1, Later);

        Assert.Equal(5, map.Stages.Count);
    }
}
