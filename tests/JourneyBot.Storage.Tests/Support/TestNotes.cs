using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Storage.Tests.Support;

/// <summary>Builds notes for tests, with the fields each kind carries.</summary>
public static class TestNotes
{
    public static readonly Person Ada = new("29:1ada", "Ada Lovelace");
    public static readonly Person Bob = new("29:1bob", "Bob Builder");

    public static Note Create(
        string mapId,
        string id = "n1",
        NoteKind kind = NoteKind.Action,
        string text = "Signs up on the website",
        Person? author = null,
        DateTimeOffset? createdAt = null,
        string stageId = "s1",
        string laneId = "l1") => new()
        {
            MapId = mapId,
            Id = id,
            Kind = kind,
            StageId = stageId,
            LaneId = laneId,
            Text = text,
            Author = author ?? Ada,
            CreatedAt = createdAt ?? TestMaps.Now,
        };

    /// <summary>A note of <paramref name="kind"/> with the extra fields that kind is about.</summary>
    public static Note OfKind(string mapId, NoteKind kind)
    {
        var note = Create(mapId, id: "k-" + kind, kind: kind, text: $"A {kind} note");
        return kind switch
        {
            NoteKind.Touchpoint => note with { Channel = "hotline" },
            NoteKind.PainPoint => note with { Category = "assessment" },
            NoteKind.Emotion => note with { Score = -2, Text = "Frustrated: nobody calls back" },
            NoteKind.Quote => note with { Speaker = "Customer #12", Text = "“I gave up after the third form.”" },
            NoteKind.Handoff => note with { LaneId = "l1", ToLaneId = "l2", Category = "hand-off" },
            NoteKind.Evidence => note with { Source = EvidenceSource.Nps, Validated = true, Category = "referral" },
            NoteKind.Opportunity => note with { Category = "solution" },
            _ => note,
        };
    }
}
