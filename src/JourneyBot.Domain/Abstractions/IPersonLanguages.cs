namespace JourneyBot.Domain.Abstractions;

/// <summary>
/// The language each person chose with <c>language zh|en</c>, kept per person (tenant + user id), so it follows them
/// into every chat and channel of the tenant. Reading is meant to be cheap enough for every turn: implementations
/// may serve a recent answer from memory instead of asking storage each time.
/// </summary>
public interface IPersonLanguages
{
    /// <summary>The language the person chose (a culture name such as <c>zh-Hans</c> or <c>en</c>), or null when they chose none.</summary>
    Task<string?> GetAsync(string tenantId, string userId, CancellationToken cancellationToken);

    /// <summary>Stores the person's choice; null forgets it (back to their client's language).</summary>
    Task SetAsync(string tenantId, string userId, string? language, CancellationToken cancellationToken);
}
