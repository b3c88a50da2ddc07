using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Reviews;

/// <summary>One person's verdict on one note during a review; a later verdict of the same person on the same note replaces it.</summary>
public sealed record ReviewConfirmation(string NoteId, Person By, ReviewVerdict Verdict, DateTimeOffset At);
