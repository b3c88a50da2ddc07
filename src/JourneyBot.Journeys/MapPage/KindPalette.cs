using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.MapPage;

/// <summary>
/// The colours of each kind of note: a light fill for the card and a strong colour for its border, stripe
/// and legend swatch. Red and green flags use the red and green everyone reads as broken and working.
/// </summary>
internal static class KindPalette
{
    public static IReadOnlyList<(NoteKind Kind, string Fill, string Stroke)> Colours { get; } =
    [
        (NoteKind.Action, "#e8f1fb", "#1f6fbf"),
        (NoteKind.Touchpoint, "#f0eafa", "#6a3fb5"),
        (NoteKind.PainPoint, "#fff0de", "#c4620b"),
        (NoteKind.Emotion, "#fff8d6", "#a87c00"),
        (NoteKind.GreenFlag, "#e4f4e8", "#1e8e3e"),
        (NoteKind.RedFlag, "#fde7e7", "#c5221f"),
        (NoteKind.Quote, "#f1f3f4", "#5f6368"),
        (NoteKind.Opportunity, "#ddf4f2", "#00796b"),
        (NoteKind.Handoff, "#e8eaf6", "#3949ab"),
        (NoteKind.Evidence, "#f3ece6", "#795548"),
    ];

    /// <summary>The CSS class of a kind (<c>k-RedFlag</c>); enum names are safe in class names.</summary>
    public static string ClassOf(NoteKind kind) => "k-" + kind;
}
