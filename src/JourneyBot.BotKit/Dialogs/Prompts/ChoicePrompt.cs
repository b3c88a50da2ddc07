using System.Globalization;
using System.Text;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.Dialogs.Prompts;

/// <summary>
/// Offers numbered choices; the answer may be the number, the value or a synonym (case- and
/// accent-insensitive), or a unique beginning of one of them.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override PromptRecognition<FoundChoice> Recognize(TurnContext context, string text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var choices = options.Choices ?? [];
        var answer = PromptText.Fold(text);
        if (answer.Length == 0)
        {
            return PromptRecognition<FoundChoice>.Failed;
        }

        if (int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count)
        {
            return Found(choices, number - 1);
        }

        var exact = Matches(choices, words => words.Any(w => w == answer));
        if (exact.Count == 1)
        {
            return Found(choices, exact[0]);
        }

        var partial = Matches(choices, words => words.Any(w => w.StartsWith(answer, StringComparison.Ordinal)));
        return partial.Count == 1 ? Found(choices, partial[0]) : PromptRecognition<FoundChoice>.Failed;
    }

    protected override Activity Render(Activity prompt, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(options);
        var list = new StringBuilder(prompt.Text);
        var number = 1;
        foreach (var choice in options.Choices ?? [])
        {
            list.Append(CultureInfo.InvariantCulture, $"\n\n{number++}. {choice.Value}");
        }

        return prompt with { Text = list.ToString() };
    }

    private static List<int> Matches(IReadOnlyList<Choice> choices, Func<IEnumerable<string>, bool> test) =>
        choices
            .Select((choice, index) => (Words: new[] { choice.Value }.Concat(choice.Synonyms ?? []).Select(PromptText.Fold), Index: index))
            .Where(c => test(c.Words))
            .Select(c => c.Index)
            .ToList();

    private static PromptRecognition<FoundChoice> Found(IReadOnlyList<Choice> choices, int index) =>
        PromptRecognition<FoundChoice>.Of(new FoundChoice(choices[index].Value, index));
}
