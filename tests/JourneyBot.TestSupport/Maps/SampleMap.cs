using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.TestSupport.Maps;

/// <summary>A map and its notes, ready to store or render.</summary>
public sealed record SampleMap(JourneyMap Map, IReadOnlyList<Note> Notes);
