namespace JourneyBot.Cards.Templating;

/// <summary>
/// An expression could not be parsed or evaluated. Never leaves <see cref="TemplateExpander"/>:
/// the expander keeps the expression's literal text instead, as the JS engine does.
/// </summary>
internal sealed class ExpressionException(string message) : Exception(message);
