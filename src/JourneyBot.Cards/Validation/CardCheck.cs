namespace JourneyBot.Cards.Validation;

/// <summary>The outcome of <see cref="CardValidator.Check"/>.</summary>
/// <param name="Problems">What is wrong, one readable sentence each; empty when the card is fine.</param>
/// <param name="SizeInBytes">The card's serialized UTF-8 size, as measured against <see cref="CardValidator.MaxCardBytes"/>.</param>
public sealed record CardCheck(IReadOnlyList<string> Problems, int SizeInBytes)
{
    /// <summary>True when there are no <see cref="Problems"/>.</summary>
    public bool IsValid => Problems.Count == 0;
}
