using System.Text.Json.Nodes;

namespace JourneyBot.Cards;

/// <summary>Expands a named Adaptive Card template from the <c>cards/</c> folder with data.</summary>
public interface ICardRenderer
{
    /// <summary>
    /// Expands template <paramref name="templateName"/> (file name without <c>.json</c>) with
    /// <paramref name="data"/> (serialized camelCase and bound as <c>$root</c>).
    /// Throws <see cref="CardTemplateNotFoundException"/> for an unknown template.
    /// </summary>
    JsonObject Render(string templateName, object data);
}

/// <summary>No template of that name exists in the templates folder.</summary>
public sealed class CardTemplateNotFoundException(string templateName)
    : Exception($"Card template '{templateName}' was not found.")
{
    public string TemplateName { get; } = templateName;
}
