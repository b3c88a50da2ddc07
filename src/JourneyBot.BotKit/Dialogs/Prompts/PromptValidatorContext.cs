using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.Dialogs.Prompts;

/// <summary>What a validator sees; it may set <see cref="RetryPrompt"/> to explain what was wrong.</summary>
public sealed class PromptValidatorContext<T>(TurnContext context, PromptRecognition<T> recognized, PromptOptions options, int attemptCount)
{
    public TurnContext Context { get; } = context;

    public PromptRecognition<T> Recognized { get; } = recognized;

    public PromptOptions Options { get; } = options;

    /// <summary>1 for the first answer.</summary>
    public int AttemptCount { get; } = attemptCount;

    /// <summary>A specific message for this wrong answer; overrides the options' retry prompt.</summary>
    public Activity? RetryPrompt { get; set; }
}
