namespace JourneyBot.Domain.Abstractions;

/// <summary>
/// Storage could not be reached or did not answer in time (after the client's own retries), so the operation
/// did not happen, or its outcome is unknown. Conflicts and missing rows are reported by their own exceptions.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Creates the exception for an operation on <paramref name="table"/>.</summary>
    public StorageUnavailableException(string table, Exception? innerException = null)
        : base($"Table Storage is unavailable (table '{table}').", innerException)
    {
        Table = table;
    }

    /// <summary>The table the failed operation was for.</summary>
    public string Table { get; }

    /// <summary>True when <paramref name="exception"/> or one of its inner exceptions is a <see cref="StorageUnavailableException"/>.</summary>
    public static bool IsIn(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is StorageUnavailableException)
            {
                return true;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsIn))
            {
                return true;
            }
        }

        return false;
    }
}
