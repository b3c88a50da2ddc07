using System.Collections.Concurrent;

namespace JourneyBot.Storage.Maps;

/// <summary>
/// The map id each person's selection row named when this instance last read or wrote it: a hint for reading the
/// selection and that map together, never an answer (the selection row is still read every time). Bounded: past
/// <see cref="Capacity"/> entries it starts over, which only costs the next turns of each person one read more.
/// </summary>
internal sealed class SelectionGuesses
{
    internal const int Capacity = 50_000;

    private readonly ConcurrentDictionary<(string Partition, string Row), string> _guesses = new();

    public string? Guess(string partition, string row) => _guesses.TryGetValue((partition, row), out var mapId) ? mapId : null;

    public void Learn(string partition, string row, string? mapId)
    {
        if (mapId is null)
        {
            _guesses.TryRemove((partition, row), out _);
            return;
        }

        if (_guesses.Count >= Capacity)
        {
            _guesses.Clear();
        }

        _guesses[(partition, row)] = mapId;
    }
}
