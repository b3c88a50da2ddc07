using System.Globalization;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Contributions;

/// <summary>Display names of note kinds and evidence sources.</summary>
public static class NoteKinds
{
    /// <summary>The kinds in the order the guided dialog offers them.</summary>
    public static IReadOnlyList<NoteKind> Ordered { get; } =
    [
        NoteKind.Action, NoteKind.Touchpoint, NoteKind.PainPoint, NoteKind.Emotion, NoteKind.GreenFlag,
        NoteKind.RedFlag, NoteKind.Quote, NoteKind.Opportunity, NoteKind.Handoff, NoteKind.Evidence,
    ];

    /// <summary>Words that name a kind in either language: its display name, the part before a colon, and its enum name.</summary>
    public static IEnumerable<string> Words(NoteKind kind) =>
        BotText.Languages
            .Select(c => BotText.Get(c, KeyOf(kind)))
            .SelectMany(name => new[] { name, name.Split(':', '：')[0] })
            .Append(kind.ToString());

    /// <summary>The kind named by <paramref name="text"/> (the whole text, ignoring case and accents).</summary>
    public static bool TryParse(string? text, out NoteKind kind)
    {
        foreach (var candidate in Ordered)
        {
            if (Words(candidate).Any(w => Domain.Maps.NameComparer.Same(w, text)))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static IReadOnlyList<EvidenceSource> Sources { get; } =
        [EvidenceSource.Interview, EvidenceSource.Survey, EvidenceSource.Analytics, EvidenceSource.Nps, EvidenceSource.Csat, EvidenceSource.Other];

    /// <summary>The descriptive name offered when choosing a kind ("Red flag: broken").</summary>
    public static string Name(CultureInfo culture, NoteKind kind) => BotText.Get(culture, KeyOf(kind));

    /// <summary>The short name used in confirmations and lists ("Red flag"): the first of the kind's words, capitalised.</summary>
    public static string ShortName(CultureInfo culture, NoteKind kind)
    {
        var first = BotText.Get(culture, WordsKeyOf(kind)).Split('|')[0].Trim();
        return first.Length == 0 ? Name(culture, kind) : char.ToUpper(first[0], culture) + first[1..];
    }

    private static string WordsKeyOf(NoteKind kind) => kind switch
    {
        NoteKind.Action => TextKeys.NoteKindAction,
        NoteKind.Touchpoint => TextKeys.NoteKindTouchpoint,
        NoteKind.PainPoint => TextKeys.NoteKindPainPoint,
        NoteKind.Emotion => TextKeys.NoteKindEmotion,
        NoteKind.GreenFlag => TextKeys.NoteKindGreenFlag,
        NoteKind.RedFlag => TextKeys.NoteKindRedFlag,
        NoteKind.Quote => TextKeys.NoteKindQuote,
        NoteKind.Opportunity => TextKeys.NoteKindOpportunity,
        NoteKind.Handoff => TextKeys.NoteKindHandoff,
        _ => TextKeys.NoteKindEvidence,
    };

    public static string KeyOf(NoteKind kind) => kind switch
    {
        NoteKind.Action => TextKeys.KindAction,
        NoteKind.Touchpoint => TextKeys.KindTouchpoint,
        NoteKind.PainPoint => TextKeys.KindPainPoint,
        NoteKind.Emotion => TextKeys.KindEmotion,
        NoteKind.GreenFlag => TextKeys.KindGreenFlag,
        NoteKind.RedFlag => TextKeys.KindRedFlag,
        NoteKind.Quote => TextKeys.KindQuote,
        NoteKind.Opportunity => TextKeys.KindOpportunity,
        NoteKind.Handoff => TextKeys.KindHandoff,
        _ => TextKeys.KindEvidence,
    };

    public static string SourceName(CultureInfo culture, EvidenceSource source) => BotText.Get(culture, source switch
    {
        EvidenceSource.Interview => TextKeys.SourceInterview,
        EvidenceSource.Survey => TextKeys.SourceSurvey,
        EvidenceSource.Analytics => TextKeys.SourceAnalytics,
        EvidenceSource.Nps => TextKeys.SourceNps,
        EvidenceSource.Csat => TextKeys.SourceCsat,
        _ => TextKeys.SourceOther,
    });
}
