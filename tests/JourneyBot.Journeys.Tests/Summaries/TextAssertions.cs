namespace JourneyBot.Journeys.Tests.Summaries;

/// <summary>Assertions on a plain text reply.</summary>
internal static class TextAssertions
{
    public static void ShouldContain(this string? text, string expected) =>
        Assert.True(text?.Contains(expected, StringComparison.Ordinal) == true, $"Expected “{expected}” in:\n{text}");
}
