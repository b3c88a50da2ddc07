using System.Globalization;
using System.Text;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Dialogs;

/// <summary>Reads a stage position answer: a number from 1 to count + 1, or a word for "at the end".</summary>
internal static class StagePosition
{
    private static readonly string[] EndWords = BotText.WordsInAllLanguages(TextKeys.WordsEnd).Select(Fold).ToArray();

    public static bool TryParse(string? text, int stageCount, out int position)
    {
        var answer = Fold(text ?? string.Empty);
        if (EndWords.Contains(answer))
        {
            position = stageCount + 1;
            return true;
        }

        return int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out position)
            && position >= 1 && position <= stageCount + 1;
    }

    // Compatibility folding turns full-width digits (１２) into ASCII ones.
    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).Trim().TrimEnd('.', '。').ToLowerInvariant();
}
