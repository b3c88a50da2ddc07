using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Notes;

/// <summary>What a note must satisfy before it is stored.</summary>
public static class NoteRules
{
    /// <summary>
    /// The note's text, trimmed, with control characters other than line breaks removed. Throws
    /// <see cref="NoteRuleException"/> when empty or longer than <see cref="Note.MaxTextLength"/>.
    /// </summary>
    public static string CleanText(string? text)
    {
        var clean = new string(MapText.WithoutLoneSurrogates(text ?? string.Empty).Where(c => c is '\n' || !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length == 0)
        {
            throw new NoteRuleException(NoteRule.EmptyText);
        }

        if (clean.Length > Note.MaxTextLength)
        {
            throw new NoteRuleException(NoteRule.TextTooLong);
        }

        return clean;
    }

    /// <summary>Checks a new note against its map: stage and lanes exist, the kind's fields are valid.</summary>
    public static void Validate(Note note, JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(map);
        CleanText(note.Text);
        if (map.FindStage(note.StageId) is null)
        {
            throw new NoteRuleException(NoteRule.UnknownStage);
        }

        if (map.FindLane(note.LaneId) is null)
        {
            throw new NoteRuleException(NoteRule.UnknownLane);
        }

        switch (note.Kind)
        {
            case NoteKind.Emotion when note.Score is not (>= Note.MinScore and <= Note.MaxScore):
                throw new NoteRuleException(NoteRule.ScoreOutOfRange);
            case NoteKind.Handoff when note.ToLaneId is null || map.FindLane(note.ToLaneId) is null:
                throw new NoteRuleException(NoteRule.UnknownLane);
            case NoteKind.Handoff when note.ToLaneId == note.LaneId:
                throw new NoteRuleException(NoteRule.HandoffToSameLane);
        }

        foreach (var field in new[] { note.Channel, note.Speaker, note.Category })
        {
            if (field is { Length: > Note.MaxFieldLength })
            {
                throw new NoteRuleException(NoteRule.FieldTooLong);
            }
        }
    }
}

/// <summary>Why a note was refused.</summary>
public enum NoteRule
{
    EmptyText,
    TextTooLong,
    UnknownStage,
    UnknownLane,
    ScoreOutOfRange,
    HandoffToSameLane,
    FieldTooLong,
    NotAllowed,
}

/// <summary>A note that breaks a rule; nothing was stored.</summary>
public sealed class NoteRuleException(NoteRule rule) : Exception($"Note rule broken: {rule}.")
{
    public NoteRule Rule { get; } = rule;
}
