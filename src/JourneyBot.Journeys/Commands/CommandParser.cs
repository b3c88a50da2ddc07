using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Commands;

/// <summary>
/// Recognises a command at the start of a message, in English or Chinese whatever the client's
/// language, ignoring case and accents. The longest matching command word wins, so
/// "new stage" is not read as "new" + "stage".
/// </summary>
public static class CommandParser
{
    private static readonly (CommandKind Kind, string Word)[] Words = BuildWords();

    public static ParsedCommand Parse(string? text)
    {
        var clean = MapText.CleanName(text);
        if (clean.Length == 0)
        {
            return new ParsedCommand(CommandKind.Empty, string.Empty);
        }

        var folded = NameComparer.Fold(clean);
        foreach (var (kind, word) in Words)
        {
            if (!folded.StartsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            if (folded.Length == word.Length)
            {
                return new ParsedCommand(kind, string.Empty);
            }

            // A Latin command word must end at a word boundary ("maps" is not "map" + "s");
            // Chinese has no spaces between words, so "使用旅程A" is "使用" + "旅程A".
            var next = folded[word.Length];
            if (char.IsWhiteSpace(next) || !IsLatinLetterOrDigit(word[^1]))
            {
                return new ParsedCommand(kind, ArgumentAfter(clean, word.Length));
            }
        }

        return new ParsedCommand(CommandKind.Unknown, clean);
    }

    private static string ArgumentAfter(string clean, int foldedWordLength)
    {
        // Folding keeps the length of the text for the characters of command words, which are
        // plain letters, so the word's length maps back onto the original text.
        var rest = foldedWordLength <= clean.Length ? clean[foldedWordLength..] : string.Empty;
        return rest.Trim().TrimStart(':', '：').Trim();
    }

    private static bool IsLatinLetterOrDigit(char ch) => ch < 128 && char.IsLetterOrDigit(ch);

    private static (CommandKind, string)[] BuildWords()
    {
        (CommandKind Kind, string Key)[] keys =
        [
            (CommandKind.NewMap, TextKeys.CommandNewMap),
            (CommandKind.AddStage, TextKeys.CommandAddStage),
            (CommandKind.Maps, TextKeys.CommandMaps),
            (CommandKind.Use, TextKeys.CommandUse),
            (CommandKind.ShowMap, TextKeys.CommandShowMap),
            (CommandKind.Help, TextKeys.CommandHelp),
            (CommandKind.Cancel, TextKeys.CommandCancel),
            (CommandKind.AddNote, TextKeys.CommandAddNote),
            (CommandKind.Notes, TextKeys.CommandNotes),
            (CommandKind.Undo, TextKeys.CommandUndo),
            (CommandKind.Edit, TextKeys.CommandEdit),
            (CommandKind.DeleteNote, TextKeys.CommandDelete),
            (CommandKind.Restore, TextKeys.CommandRestore),
            (CommandKind.AddLane, TextKeys.CommandAddLane),
            (CommandKind.RenameStage, TextKeys.CommandRenameStage),
            (CommandKind.RenameLane, TextKeys.CommandRenameLane),
            (CommandKind.MoveStage, TextKeys.CommandMoveStage),
            (CommandKind.MoveLane, TextKeys.CommandMoveLane),
            (CommandKind.RemoveStage, TextKeys.CommandRemoveStage),
            (CommandKind.RemoveLane, TextKeys.CommandRemoveLane),
            (CommandKind.Owner, TextKeys.CommandOwner),
            (CommandKind.Facilitator, TextKeys.CommandFacilitator),
            (CommandKind.RenameMap, TextKeys.CommandRenameMap),
            (CommandKind.DeleteMap, TextKeys.CommandDeleteMap),
            (CommandKind.Export, TextKeys.CommandExport),
            (CommandKind.Import, TextKeys.CommandImport),
            (CommandKind.Summary, TextKeys.CommandSummary),
            (CommandKind.ActionItem, TextKeys.CommandActionItem),
            (CommandKind.ActionItems, TextKeys.CommandActionItems),
            (CommandKind.AllActionItems, TextKeys.CommandAllActionItems),
            (CommandKind.Remind, TextKeys.CommandRemind),
            (CommandKind.Review, TextKeys.CommandReview),
            (CommandKind.ReviewStatus, TextKeys.CommandReviewStatus),
            (CommandKind.CloseReview, TextKeys.CommandCloseReview),
            (CommandKind.Language, TextKeys.CommandLanguage),
        ];
        return keys
            .SelectMany(k => BotText.WordsInAllLanguages(k.Key).Select(word => (k.Kind, NameComparer.Fold(word))))
            .OrderByDescending(w => w.Item2.Length)
            .ToArray();
    }
}
