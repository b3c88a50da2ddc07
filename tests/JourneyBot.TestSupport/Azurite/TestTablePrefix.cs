using System.Text;

namespace JourneyBot.TestSupport.Azurite;

/// <summary>Table-name prefixes that keep test classes and test runs apart in one storage account.</summary>
public static class TestTablePrefix
{
    private const int MaxHintLength = 20;

    /// <summary>
    /// A new prefix such as <c>tMapRepository3f9a1c2b7d</c>: 't', the letters and digits of
    /// <paramref name="hint"/> (at most 20) and 10 random hex digits. It starts with a letter and holds
    /// only letters and digits, as table names require, and leaves room for any of the bot's table names.
    /// </summary>
    public static string Create(string? hint = null)
    {
        var builder = new StringBuilder("t");
        foreach (var ch in hint ?? string.Empty)
        {
            if (char.IsAsciiLetterOrDigit(ch) && builder.Length <= MaxHintLength)
            {
                builder.Append(ch);
            }
        }

        builder.Append(Guid.NewGuid().ToString("N").AsSpan(0, 10));
        return builder.ToString();
    }

    /// <summary>A new prefix hinted by the test class's name.</summary>
    public static string For<TTestClass>() => Create(typeof(TTestClass).Name);
}
