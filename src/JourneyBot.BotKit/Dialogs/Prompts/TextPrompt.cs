using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.Dialogs.Prompts;

/// <summary>Asks for free text; any non-empty answer is recognized.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override PromptRecognition<string> Recognize(TurnContext context, string text, PromptOptions options) =>
        string.IsNullOrWhiteSpace(text) ? PromptRecognition<string>.Failed : PromptRecognition<string>.Of(text);
}
