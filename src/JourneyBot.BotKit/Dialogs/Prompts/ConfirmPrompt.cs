using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.Dialogs.Prompts;

/// <summary>Asks a yes/no question. The words that mean yes and no are given by the application.</summary>
public sealed class ConfirmPrompt(string id, IEnumerable<string> yesWords, IEnumerable<string> noWords, PromptValidator<bool>? validator = null)
    : Prompt<bool>(id, validator)
{
    private readonly HashSet<string> _yes = yesWords.Select(PromptText.Fold).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _no = noWords.Select(PromptText.Fold).ToHashSet(StringComparer.Ordinal);

    protected override PromptRecognition<bool> Recognize(TurnContext context, string text, PromptOptions options)
    {
        var answer = PromptText.Fold(text);
        if (_yes.Contains(answer))
        {
            return PromptRecognition<bool>.Of(true);
        }

        return _no.Contains(answer) ? PromptRecognition<bool>.Of(false) : PromptRecognition<bool>.Failed;
    }
}
