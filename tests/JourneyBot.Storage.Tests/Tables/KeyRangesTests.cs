using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Tests.Tables;

public sealed class KeyRangesTests
{
    [Fact]
    public void Positions_follow_the_order_of_generated_ids()
    {
        string[] keys = ["2222", "2223", "9zzz", "a222", "h999", "j222", "zzzz"];

        var positions = keys.Select(KeyRanges.Position).ToList();

        Assert.Equal(positions.Order(), positions);
        Assert.Equal(0, KeyRanges.Position("2222"));
        Assert.InRange(KeyRanges.Position("zzzz"), 0.999, 1);
    }

    [Theory]
    [InlineData("", 8)]
    [InlineData("c7kq", 12)]
    [InlineData("zzzy", 5)]
    [InlineData("~", 4)]
    [InlineData("ZZ-imported", 6)]
    public void Boundaries_increase_and_all_come_after_the_start(string after, int ranges)
    {
        var boundaries = KeyRanges.Boundaries(after, ranges);

        Assert.True(boundaries.Count <= ranges - 1);
        Assert.All(boundaries, b => Assert.True(string.CompareOrdinal(b, after) > 0, $"{b} <= {after}"));
        Assert.Equal(boundaries.Order(StringComparer.Ordinal), boundaries);
        Assert.Equal(boundaries.Distinct(StringComparer.Ordinal).Count(), boundaries.Count);
    }

    [Fact]
    public void The_rest_of_the_key_space_is_cut_evenly()
    {
        var boundaries = KeyRanges.Boundaries("h000", 4).Select(KeyRanges.Position).ToList();
        var start = KeyRanges.Position("h000");
        var step = (1 - start) / 4;

        for (var i = 0; i < boundaries.Count; i++)
        {
            Assert.InRange(boundaries[i], start + (step * (i + 1)) - 0.001, start + (step * (i + 1)) + 0.001);
        }
    }
}
