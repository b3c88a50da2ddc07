namespace JourneyBot.Journeys.Commands;

/// <summary>A command and what followed its words, e.g. <c>use</c> + <c>Checkout journey</c>.</summary>
public sealed record ParsedCommand(CommandKind Kind, string Argument);
