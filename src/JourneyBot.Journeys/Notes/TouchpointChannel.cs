using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Notes;

/// <summary>
/// Splits a touchpoint note into its text and its channel, given in brackets at the very end:
/// <c>checkout page (web)</c>, <c>收据（邮件）</c>.
/// </summary>
internal static class TouchpointChannel
{
    public static (string Text, string? Channel) Split(string text)
    {
        if (text.Length == 0 || text[^1] is not (')' or '\uFF09'))
        {
            return (text, null);
        }

        // Walk back to the bracket that opens the last one, so "(web (mobile))" is one channel.
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] is ')' or '\uFF09')
            {
                depth++;
            }
            else if (text[i] is '(' or '\uFF08' && --depth == 0)
            {
                var channel = MapText.CleanName(text[(i + 1)..^1]);
                return channel.Length == 0 ? (text, null) : (text[..i].TrimEnd(), channel);
            }
        }

        return (text, null);
    }
}
