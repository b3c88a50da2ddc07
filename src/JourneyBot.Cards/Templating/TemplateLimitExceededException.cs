namespace JourneyBot.Cards.Templating;

/// <summary>
/// A template nests deeper than <see cref="TemplateExpander.MaxDepth"/> or its expansion would exceed
/// <see cref="TemplateExpander.MaxOutputNodes"/> or <see cref="TemplateExpander.MaxOutputChars"/>.
/// Unlike an expression error this is not papered over: a card cut short would silently lie.
/// </summary>
public sealed class TemplateLimitExceededException(string message) : Exception(message);
