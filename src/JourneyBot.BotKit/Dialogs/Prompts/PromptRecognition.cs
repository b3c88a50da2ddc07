namespace JourneyBot.BotKit.Dialogs.Prompts;

/// <summary>Whether an answer could be read, and what it was.</summary>
public sealed record PromptRecognition<T>(bool Succeeded, T? Value)
{
    public static PromptRecognition<T> Failed { get; } = new(false, default);

    public static PromptRecognition<T> Of(T value) => new(true, value);
}
