using System.Globalization;
using System.Text;
using JourneyBot.Domain.Analysis;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.Summaries;

/// <summary>The emoji a summary uses for emotion scores and note kinds: compact and the same in every language.</summary>
public static class SummaryGlyphs
{
    /// <summary>Shown where a stage has no emotion score.</summary>
    public const string NoEmotion = "➖";

    private static readonly string[] Faces = ["😫", "😟", "😐", "🙂", "😄"];

    /// <summary>The kinds in the order a summary lists them: problems first, then what works, then the rest.</summary>
    public static IReadOnlyList<NoteKind> DisplayOrder { get; } =
    [
        NoteKind.RedFlag, NoteKind.PainPoint, NoteKind.GreenFlag, NoteKind.Quote, NoteKind.Emotion,
        NoteKind.Action, NoteKind.Touchpoint, NoteKind.Handoff, NoteKind.Opportunity, NoteKind.Evidence,
    ];

    /// <summary>😫 😟 😐 🙂 😄 for an average of -2..+2 (rounded to the nearest score), <see cref="NoEmotion"/> for none.</summary>
    public static string Emotion(double? average) => average is { } value
        ? Faces[(int)Math.Clamp(Math.Round(value, MidpointRounding.AwayFromZero), -2, 2) + 2]
        : NoEmotion;

    /// <summary>An average score with its sign and one decimal: +1.5, -0.3, 0.0.</summary>
    public static string Score(double average, CultureInfo culture) => average.ToString("+0.0;-0.0;0.0", culture);

    public static string Kind(NoteKind kind) => kind switch
    {
        NoteKind.RedFlag => "🔴",
        NoteKind.PainPoint => "⚠️",
        NoteKind.GreenFlag => "🟢",
        NoteKind.Quote => "💬",
        NoteKind.Emotion => "🎭",
        NoteKind.Action => "▶️",
        NoteKind.Touchpoint => "📍",
        NoteKind.Handoff => "🔀",
        NoteKind.Opportunity => "💡",
        _ => "📎",
    };

    /// <summary>"3 🔴 · 2 🟢 · 1 💬": the kinds present, in <see cref="DisplayOrder"/>; empty when there are none.</summary>
    public static string Counts(KindCounts counts, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var text = new StringBuilder();
        foreach (var kind in DisplayOrder)
        {
            if (counts[kind] > 0)
            {
                text.Append(text.Length == 0 ? string.Empty : " · ").Append(counts[kind].ToString("N0", culture)).Append(' ').Append(Kind(kind));
            }
        }

        return text.ToString();
    }
}
