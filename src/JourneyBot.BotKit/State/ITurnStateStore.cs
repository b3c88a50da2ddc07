namespace JourneyBot.BotKit.State;

/// <summary>
/// Per-user, per-conversation state documents (the dialog stack) with optimistic concurrency.
/// </summary>
public interface ITurnStateStore
{
    /// <summary>The stored document and its ETag, or null when there is none.</summary>
    Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="json"/>. With a null <paramref name="etag"/> the document must not exist yet;
    /// otherwise the stored ETag must match. Returns the new ETag; throws <see cref="StateConflictException"/>
    /// when someone else wrote first.
    /// </summary>
    Task<string> WriteAsync(StateKey key, string json, string? etag, CancellationToken cancellationToken);

    /// <summary>Deletes the document if its ETag still matches (any ETag when null); a missing document is fine.</summary>
    Task DeleteAsync(StateKey key, string? etag, CancellationToken cancellationToken);
}

/// <summary>Whose state: a conversation scope and a user in it. Raw ids; stores encode them.</summary>
public sealed record StateKey(string Scope, string User);

/// <summary>A state document and the ETag it was read with.</summary>
public sealed record StoredState(string Json, string ETag);

/// <summary>Another writer changed the state between our read and our write.</summary>
public sealed class StateConflictException(string message, Exception? innerException = null)
    : Exception(message, innerException);
