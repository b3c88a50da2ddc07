namespace JourneyBot.Storage.Tables;

/// <summary>
/// A row that carries the id of the write that stored it. The Table client retries a write whose answer was lost
/// (a network time-out after the server stored it); the retry then meets a 409 or 412 caused by the write itself.
/// Reading the row back and finding one's own <see cref="WriteId"/> tells that apart from another writer.
/// </summary>
internal interface IWriteTagged
{
    /// <summary>A fresh id per write attempt sequence; empty in rows written before tags existed.</summary>
    string? WriteId { get; set; }
}

/// <summary>Fresh write ids.</summary>
internal static class WriteIds
{
    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>True when <paramref name="stored"/> was written by the write tagged <paramref name="writeId"/>.</summary>
    public static bool IsOwn(IWriteTagged? stored, string writeId) =>
        stored is not null && string.Equals(stored.WriteId, writeId, StringComparison.Ordinal);
}
