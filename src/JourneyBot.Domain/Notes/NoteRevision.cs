using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Notes;

/// <summary>An earlier text of an edited note: what it said, and who replaced it when.</summary>
public sealed record NoteRevision(string Text, Person EditedBy, DateTimeOffset EditedAt);
