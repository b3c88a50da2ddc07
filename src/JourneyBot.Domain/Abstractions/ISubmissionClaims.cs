using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Abstractions;

/// <summary>
/// Makes a card button act once however often it is clicked: Teams sends a double click as two activities with
/// different ids and the same data, sometimes at the same moment. The first click claims the button's key for
/// the id (and time) of what it creates; a second click finds the claim and creates nothing new. Claiming is a
/// conditional insert, so of two concurrent clicks exactly one claims.
/// </summary>
public interface ISubmissionClaims
{
    /// <summary>
    /// Claims <paramref name="key"/> of the map for <paramref name="proposed"/>; returns the claim as stored:
    /// <paramref name="proposed"/> with <see cref="SubmissionClaim.IsNew"/> when this call claimed it, else the
    /// earlier claim.
    /// </summary>
    Task<SubmissionClaim> ClaimAsync(MapScope scope, string mapId, string key, SubmissionClaim proposed, CancellationToken cancellationToken);

    /// <summary>
    /// Points the claim at <paramref name="itemId"/> instead when it still names <paramref name="current"/>'s item
    /// (the claimed id turned out to be taken by something else); returns the claim as stored afterwards.
    /// </summary>
    Task<SubmissionClaim> ReassignAsync(MapScope scope, string mapId, string key, SubmissionClaim current, string itemId, CancellationToken cancellationToken);
}
