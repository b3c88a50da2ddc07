using JourneyBot.Domain.Notes;

namespace JourneyBot.Domain.Reviews;

/// <summary>A live note as a snapshot keeps it: where it sat and a hash of its text (enough to tell an edit).</summary>
public sealed record SnapshotNote(string Id, NoteKind Kind, string StageId, string LaneId, string TextHash);
