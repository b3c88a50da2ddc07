namespace JourneyBot.Journeys.Localization;

/// <summary>
/// Text the bot composed itself (from resources, with any people's text in it already escaped with
/// <see cref="Cards.CardText.Literal"/>): passed to a reply as it is, where plain strings would be escaped.
/// </summary>
/// <param name="Text">The Markdown text.</param>
public sealed record Markup(string Text)
{
    /// <inheritdoc/>
    public override string ToString() => Text;
}
