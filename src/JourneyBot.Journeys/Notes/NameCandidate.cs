namespace JourneyBot.Journeys.Notes;

/// <summary>Something a person can name in chat: a stage, a lane, a map. <see cref="Id"/> is what the caller keeps.</summary>
public sealed record NameCandidate(string Id, string Name);
