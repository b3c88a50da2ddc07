using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Notes;

/// <summary>
/// The words of note shortcuts, from the resources, in every language the bot speaks (as
/// <see cref="Commands.CommandParser"/> reads commands), lower-cased.
/// </summary>
internal static class NoteWords
{
    private static readonly (NoteKind Kind, string Key)[] KindKeys =
    [
        (NoteKind.Action, TextKeys.NoteKindAction),
        (NoteKind.Touchpoint, TextKeys.NoteKindTouchpoint),
        (NoteKind.PainPoint, TextKeys.NoteKindPainPoint),
        (NoteKind.Emotion, TextKeys.NoteKindEmotion),
        (NoteKind.GreenFlag, TextKeys.NoteKindGreenFlag),
        (NoteKind.RedFlag, TextKeys.NoteKindRedFlag),
        (NoteKind.Quote, TextKeys.NoteKindQuote),
        (NoteKind.Opportunity, TextKeys.NoteKindOpportunity),
        (NoteKind.Handoff, TextKeys.NoteKindHandoff),
        (NoteKind.Evidence, TextKeys.NoteKindEvidence),
    ];

    private static readonly (EvidenceSource Source, string Key)[] SourceKeys =
    [
        (EvidenceSource.Interview, TextKeys.NoteEvidenceInterview),
        (EvidenceSource.Survey, TextKeys.NoteEvidenceSurvey),
        (EvidenceSource.Analytics, TextKeys.NoteEvidenceAnalytics),
        (EvidenceSource.Nps, TextKeys.NoteEvidenceNps),
        (EvidenceSource.Csat, TextKeys.NoteEvidenceCsat),
        (EvidenceSource.Other, TextKeys.NoteEvidenceOther),
    ];

    private static readonly (EvidenceSource Source, string Word)[] SourceWords =
        SourceKeys.SelectMany(k => Words(k.Key).Select(word => (k.Source, word))).ToArray();

    /// <summary>Kind words, longest first so that "red flag" is read before "red".</summary>
    public static IReadOnlyList<(NoteKind Kind, string Word)> Kinds { get; } =
        KindKeys
            .SelectMany(k => Words(k.Key).Select(word => (k.Kind, word)))
            .OrderByDescending(k => k.word.Length)
            .ToArray();

    /// <summary>Words that may stand between two lanes of a hand-off instead of an arrow ("Sales to Onboarding").</summary>
    public static IReadOnlyList<string> HandoffTo { get; } = Words(TextKeys.NoteHandoffTo);

    /// <summary>Words that may lead an evidence source tag ("[source: survey]").</summary>
    public static IReadOnlyList<string> SourceLabels { get; } = Words(TextKeys.NoteEvidenceSourceLabel);

    public static IReadOnlyList<string> ValidatedWords { get; } = Words(TextKeys.NoteEvidenceValidated);

    /// <summary>The source a tag names, or null.</summary>
    public static EvidenceSource? SourceNamed(string word)
    {
        foreach (var (source, sourceWord) in SourceWords)
        {
            if (string.Equals(sourceWord, word, StringComparison.OrdinalIgnoreCase))
            {
                return source;
            }
        }

        return null;
    }

    private static string[] Words(string key) =>
        BotText.WordsInAllLanguages(key).Select(w => w.ToLowerInvariant()).ToArray();
}
