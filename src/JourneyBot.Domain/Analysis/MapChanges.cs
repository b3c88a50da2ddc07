namespace JourneyBot.Domain.Analysis;

/// <summary>
/// What changed on the map since <see cref="Since"/>. Each note counts once, by its latest change; a
/// note both added and deleted within the period never was part of the map, so it is not counted.
/// </summary>
/// <param name="Since">Start of the period (inclusive).</param>
/// <param name="Added">Notes added since then and still there.</param>
/// <param name="Edited">Older notes changed since then.</param>
/// <param name="Deleted">Older notes deleted (or archived) since then.</param>
/// <param name="Newest">The most recent changes, newest first (at most <see cref="MapAnalysis.NewestChanges"/>).</param>
public sealed record MapChanges(DateTimeOffset Since, int Added, int Edited, int Deleted, IReadOnlyList<NoteChange> Newest)
{
    public int Total => Added + Edited + Deleted;
}
