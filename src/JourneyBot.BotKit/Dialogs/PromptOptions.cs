using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Dialogs;

/// <summary>What a prompt asks, what it says after a wrong answer, and the choices it offers.</summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public required Activity Prompt { get; init; }

    /// <summary>Sent after an answer that does not validate; defaults to <see cref="Prompt"/>.</summary>
    public Activity? RetryPrompt { get; init; }

    /// <summary>For choice prompts: the options, shown numbered after the question.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>Wrong answers tolerated before the prompt gives up and the dialog stack is cancelled; null: never.</summary>
    public int? MaxAttempts { get; init; }

    /// <summary>Bounds for number prompts (inclusive).</summary>
    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    /// <summary>Opaque data for the prompt's validator, such as the id of the record being edited. Never shown.</summary>
    public string? ValidationContext { get; init; }
}

/// <summary>One option of a choice prompt: its value and other words that select it.</summary>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null);

/// <summary>The choice a person picked.</summary>
public sealed record FoundChoice(string Value, int Index);
