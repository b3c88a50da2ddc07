using JourneyBot.Domain.Notes;

namespace JourneyBot.Domain.Analysis;

/// <summary>How many notes of each kind a stage, a lane or a whole map holds.</summary>
public sealed class KindCounts
{
    private static readonly NoteKind[] Kinds = Enum.GetValues<NoteKind>();

    private readonly int[] _counts = new int[Kinds.Length];

    /// <summary>The number of notes of <paramref name="kind"/>.</summary>
    public int this[NoteKind kind] => _counts[(int)kind];

    /// <summary>All notes counted.</summary>
    public int Total { get; private set; }

    /// <summary>The kinds with at least one note, in <see cref="NoteKind"/> order, with their counts.</summary>
    public IEnumerable<(NoteKind Kind, int Count)> NonZero =>
        Kinds.Where(k => _counts[(int)k] > 0).Select(k => (k, _counts[(int)k]));

    internal void Add(NoteKind kind)
    {
        _counts[(int)kind]++;
        Total++;
    }
}
