namespace JourneyBot.Cards.Validation;

/// <summary>Thrown by <see cref="CardValidator.EnsureValid"/>; the message lists every problem.</summary>
public sealed class CardValidationException(IReadOnlyList<string> problems)
    : Exception("The Adaptive Card cannot be sent: " + string.Join(" ", problems))
{
    /// <summary>What is wrong with the card.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
