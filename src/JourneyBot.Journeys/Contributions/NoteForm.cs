using System.Globalization;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Cards;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Contributions;

/// <summary>
/// The one-card way to add a note (Teams): kind, stage, lane, text and the kind's extras in one form.
/// Reads a submitted form back into a <see cref="NoteDraft"/>, or says what is missing.
/// </summary>
public sealed class NoteForm(ICardRenderer renderer)
{
    /// <summary>The <c>action</c> value a submitted form carries.</summary>
    public const string ActionName = "addNote";

    /// <summary>Longest submission id read from a form (ours are 32 characters).</summary>
    private const int MaxSubmissionIdLength = 64;

    /// <summary>The colour-coding categories offered (stored by their stable value).</summary>
    private static readonly (string Value, string Key)[] Categories =
    [
        ("assessment", TextKeys.CategoryAssessment),
        ("referral", TextKeys.CategoryReferral),
        ("solution", TextKeys.CategorySolution),
        ("handoff", TextKeys.CategoryHandoff),
    ];

    public Activity Card(CultureInfo culture, JourneyMap map, NoteFormValues? previous = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var data = new NoteFormCardData(
            BotText.Escaped(culture, TextKeys.FormTitle, map.Name),
            error ?? string.Empty,
            map.Id,
            BotText.Get(culture, TextKeys.FormKind),
            previous?.Kind ?? nameof(NoteKind.Action),
            NoteKinds.Ordered.Select(k => new FormChoiceData(NoteKinds.Name(culture, k), k.ToString())).ToList(),
            BotText.Get(culture, TextKeys.FormStage),
            previous?.Stage ?? (map.Stages.Count > 0 ? map.Stages[0].Id : string.Empty),
            map.Stages.Select(s => new FormChoiceData(s.Name, s.Id)).ToList(),
            BotText.Get(culture, TextKeys.FormLane),
            previous?.Lane ?? (map.Lanes.FirstOrDefault(l => l.Kind == LaneKind.Customer) ?? (map.Lanes.Count > 0 ? map.Lanes[0] : null))?.Id ?? string.Empty,
            map.Lanes.Select(l => new FormChoiceData(l.Name, l.Id)).ToList(),
            BotText.Get(culture, TextKeys.FormToLane),
            BotText.Get(culture, TextKeys.FormText),
            previous?.Text ?? string.Empty,
            BotText.Get(culture, TextKeys.FormScore),
            BotText.Get(culture, TextKeys.FormExtra),
            BotText.Get(culture, TextKeys.FormCategory),
            Categories.Select(c => new FormChoiceData(BotText.Get(culture, c.Key), c.Value)).ToList(),
            BotText.Get(culture, TextKeys.FormSubmit),
            BotText.Get(culture, TextKeys.FormStepByStep),
            BotText.Get(BotText.English, TextKeys.CommandAddNote).Split('|')[0] + " " + BotText.Get(BotText.English, TextKeys.WordsGuided).Split('|')[0])
        {
            // A form shown again with a problem keeps its id: it was not stored, and a double click of it must store once.
            SubmissionId = previous?.SubmissionId is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N"),
        };
        return Activity.CreateCard(renderer.Render("note-form", data));
    }

    /// <summary>True when card data is a submitted note form.</summary>
    public static bool IsSubmission(JsonNode? data) =>
        data is JsonObject obj && Read(obj, "action") == ActionName;

    /// <summary>The form's values as submitted (every field as text; absent ones empty).</summary>
    public static NoteFormValues Values(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new NoteFormValues(Read(data, "mapId"), Read(data, "kind"), Read(data, "stage"), Read(data, "lane"), Read(data, "toLane"), Read(data, "text"), Read(data, "score"), Read(data, "extra"))
        {
            Category = Read(data, "category"),
            SubmissionId = MapText.Truncate(Read(data, "submissionId").Trim(), MaxSubmissionIdLength),
        };
    }

    /// <summary>The draft, or the resource key of what is missing or wrong.</summary>
    public static (NoteDraft? Draft, string? ProblemKey) ToDraft(JourneyMap map, NoteFormValues values)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(values);
        // By name only: Enum.TryParse also reads "1" as the second kind, which no form offers.
        if (!Enum.TryParse<NoteKind>(values.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || kind.ToString() != values.Kind
            || values.Stage.Length == 0 || values.Lane.Length == 0)
        {
            return (null, TextKeys.FormNeedPlace);
        }

        // A form sent before a stage or lane was removed (or a forged one) names a place the map no longer has.
        if (map.FindStage(values.Stage) is null)
        {
            return (null, TextKeys.FormStageGone);
        }

        if (map.FindLane(values.Lane) is null)
        {
            return (null, TextKeys.FormLaneGone);
        }

        if (string.IsNullOrWhiteSpace(values.Text))
        {
            return (null, TextKeys.FormNeedText);
        }

        int? score = null;
        if (kind == NoteKind.Emotion)
        {
            if (!double.TryParse(values.Score, NumberStyles.Float, CultureInfo.InvariantCulture, out var raw)
                || raw != Math.Round(raw) || raw < Note.MinScore || raw > Note.MaxScore)
            {
                return (null, TextKeys.FormNeedScore);
            }

            score = (int)raw;
        }

        if (kind == NoteKind.Handoff && (map.FindLane(values.ToLane) is null || values.ToLane == values.Lane))
        {
            return (null, TextKeys.FormNeedToLane);
        }

        var extra = string.IsNullOrWhiteSpace(values.Extra) ? null : values.Extra.Trim();
        return (new NoteDraft(kind, values.Stage, values.Lane, values.Text)
        {
            ToLaneId = kind == NoteKind.Handoff ? values.ToLane : null,
            Score = score,
            Speaker = kind == NoteKind.Quote ? extra : null,
            Channel = kind == NoteKind.Touchpoint ? extra : null,
            Category = Categories.Any(c => c.Value == values.Category) ? values.Category : null,
        }, null);
    }

    private static string Read(JsonObject data, string name)
    {
        try
        {
            return data[name] switch
            {
                JsonValue value when value.TryGetValue<string>(out var text) => text,
                JsonValue value => value.ToJsonString(),
                _ => string.Empty,
            };
        }
        catch (InvalidOperationException)
        {
            return string.Empty;
        }
    }
}

/// <summary>What a submitted note form held, as text.</summary>
public sealed record NoteFormValues(string MapId, string Kind, string Stage, string Lane, string ToLane, string Text, string Score, string Extra)
{
    public string Category { get; init; } = string.Empty;

    /// <summary>The rendered form's id (empty for forms sent before forms had one).</summary>
    public string SubmissionId { get; init; } = string.Empty;
}
