using System.Text.Json;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.Dialogs.Prompts;

/// <summary>Extra validation of a recognized answer; return false to ask again.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);

/// <summary>
/// Asks one question and waits for an answer of type <typeparamref name="T"/>: recognizes it,
/// validates it, and asks again (with the retry prompt) until it gets a good answer or runs out of attempts.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, BotJson.Options);
        state[AttemptsKey] = 0;
        await SendAsync(dc.Context, promptOptions, promptOptions.Prompt, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var context = dc.Context;
        if (context.Activity.Type != ActivityTypes.Message)
        {
            // Typing indicators, reactions and the like are not answers.
            return DialogTurnResult.Waiting;
        }

        var state = dc.ActiveDialog!.State;
        var options = ReadOptions(dc.ActiveDialog);
        var attempts = (state[AttemptsKey]?.GetValue<int>() ?? 0) + 1;
        state[AttemptsKey] = attempts;

        var recognized = Recognize(context, PromptText.Of(context.Activity), options);
        var validation = new PromptValidatorContext<T>(context, recognized, options, attempts);
        var valid = recognized.Succeeded && (validator is null || await validator(validation, cancellationToken));
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (options.MaxAttempts is { } max && attempts >= max)
        {
            dc.CancelAllDialogs();
            return new DialogTurnResult(DialogTurnStatus.Cancelled, PromptAttemptsExceeded.Instance);
        }

        await SendAsync(context, options, validation.RetryPrompt ?? options.RetryPrompt ?? options.Prompt, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var options = ReadOptions(dc.ActiveDialog!);
        return SendAsync(dc.Context, options, options.Prompt, cancellationToken);
    }

    /// <summary>Reads an answer from the message text.</summary>
    protected abstract PromptRecognition<T> Recognize(TurnContext context, string text, PromptOptions options);

    /// <summary>The activity to send for a question; choice prompts add their options.</summary>
    protected virtual Activity Render(Activity prompt, PromptOptions options) => prompt;

    private Task<ResourceResponse> SendAsync(TurnContext context, PromptOptions options, Activity prompt, CancellationToken cancellationToken) =>
        context.SendActivityAsync(Render(prompt, options), cancellationToken);

    private static PromptOptions ReadOptions(DialogInstance instance) =>
        instance.State[OptionsKey]?.Deserialize<PromptOptions>(BotJson.Options)
        ?? throw new InvalidOperationException("Prompt state lost its options.");
}

/// <summary>The result of a prompt that gave up after too many wrong answers.</summary>
public sealed class PromptAttemptsExceeded
{
    private PromptAttemptsExceeded()
    {
    }

    public static PromptAttemptsExceeded Instance { get; } = new();
}
