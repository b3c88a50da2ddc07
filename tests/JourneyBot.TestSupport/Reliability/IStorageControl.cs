namespace JourneyBot.TestSupport.Reliability;

/// <summary>Stops and starts the Table Storage a reliability target writes to (a dedicated Azurite), for outage scenarios.</summary>
public interface IStorageControl
{
    /// <summary>Stops storage; until <see cref="StartAgainAsync"/> its port refuses connections.</summary>
    Task StopAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts storage again on the same address, with the data it held when stopped.</summary>
    Task StartAgainAsync(CancellationToken cancellationToken = default);
}
