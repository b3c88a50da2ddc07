using JourneyBot.Domain.Notes;

namespace JourneyBot.Domain.Analysis;

/// <summary>A note that changed within the period, how, and when.</summary>
public sealed record NoteChange(Note Note, NoteChangeKind Kind, DateTimeOffset At);
