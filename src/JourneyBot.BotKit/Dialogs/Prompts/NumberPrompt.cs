using System.Globalization;
using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.Dialogs.Prompts;

/// <summary>Asks for a number (full-width digits accepted), within the options' bounds.</summary>
public sealed class NumberPrompt(string id, PromptValidator<double>? validator = null) : Prompt<double>(id, validator)
{
    protected override PromptRecognition<double> Recognize(TurnContext context, string text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folded = PromptText.Fold(text);
        var culture = TryCulture(context.Activity.Locale);
        var parsed = double.TryParse(folded, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || (culture is not null && double.TryParse(folded, NumberStyles.Float, culture, out value));
        if (!parsed || double.IsNaN(value) || double.IsInfinity(value))
        {
            return PromptRecognition<double>.Failed;
        }

        if (value < options.Minimum || value > options.Maximum)
        {
            return PromptRecognition<double>.Failed;
        }

        return PromptRecognition<double>.Of(value);
    }

    private static CultureInfo? TryCulture(string? locale)
    {
        try
        {
            return string.IsNullOrWhiteSpace(locale) ? null : CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
