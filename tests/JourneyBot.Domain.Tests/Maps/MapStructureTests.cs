using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Tests.Maps;

public sealed class MapStructureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Person Alice = new("29:alice", "Alice");
    private static readonly Person Bob = new("29:bob", "Bob");

    private static JourneyMap Blueprint() =>
        MapLayouts.Create("m1", new MapScope("t", "c"), "Map", "p", "g", MapTemplate.ServiceBlueprint, Alice, Now, key => key);

    [Fact]
    public void Lanes_are_added_next_to_the_customer_lane()
    {
        var map = Blueprint();

        var below = map.AddLane("Billing", LaneKind.Stakeholder, map.PositionNextToCustomer(above: false), Now);
        var above = below.AddLane("Marketing", LaneKind.Stakeholder, below.PositionNextToCustomer(above: true), Now, Bob);

        Assert.Equal(["physicalEvidence", "Marketing", "customer", "Billing", "frontstage", "backstage", "supportProcesses"], above.Lanes.Select(l => l.Name));
        Assert.Equal(Bob, above.Lanes[1].Owner);
        Assert.Equal("l7", above.Lanes[1].Id);
    }

    [Fact]
    public void A_map_has_one_customer_lane_and_unique_lane_names()
    {
        var map = Blueprint();

        Assert.Equal(MapRule.SecondCustomerLane, Assert.Throws<MapRuleException>(() => map.AddLane("Buyers", LaneKind.Customer, 1, Now)).Rule);
        Assert.Equal(MapRule.DuplicateLane, Assert.Throws<MapRuleException>(() => map.AddLane("BACKSTAGE", LaneKind.Stakeholder, 1, Now)).Rule);
        Assert.Equal(MapRule.DuplicateLane, Assert.Throws<MapRuleException>(() => map.RenameLane("l1", "Customer", Now)).Rule);
        Assert.Equal(MapRule.NameTooLong, Assert.Throws<MapRuleException>(() => map.AddLane(new string('x', 101), LaneKind.Stakeholder, 1, Now)).Rule);
    }

    [Fact]
    public void Stages_and_lanes_are_renamed_moved_and_removed_by_id()
    {
        var map = Blueprint()
            .RenameStage("s4", "Onboarding", Now)
            .MoveStage("s5", 1, Now)
            .RemoveStage("s2", Now)
            .MoveLane("l5", 1, Now)
            .RemoveLane("l1", Now);

        Assert.Equal(["feedback", "awareness", "purchase", "Onboarding"], map.Stages.Select(s => s.Name));
        Assert.Equal(["supportProcesses", "customer", "frontstage", "backstage"], map.Lanes.Select(l => l.Name));
        Assert.Equal(MapRule.UnknownStage, Assert.Throws<MapRuleException>(() => map.RenameStage("s2", "x", Now)).Rule);
        Assert.Equal(MapRule.UnknownLane, Assert.Throws<MapRuleException>(() => map.SetLaneOwner("l1", Bob, Now)).Rule);
    }

    [Fact]
    public void The_creator_and_added_co_facilitators_facilitate()
    {
        var map = Blueprint();

        Assert.True(map.IsFacilitator(Alice.Id));
        Assert.False(map.IsFacilitator(Bob.Id));
        var shared = map.AddFacilitator(Bob, Now);
        Assert.True(shared.IsFacilitator(Bob.Id));
        Assert.Same(shared, shared.AddFacilitator(Bob, Now));
    }
}
