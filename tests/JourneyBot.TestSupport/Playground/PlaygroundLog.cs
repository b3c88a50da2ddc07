using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace JourneyBot.TestSupport.Playground;

/// <summary>
/// The Playground's log panel as read from its log websocket: every activity it delivered to the
/// bot with the bot's HTTP status, every call the bot made to its connector, and its warnings.
/// </summary>
public sealed class PlaygroundLog
{
    private readonly AsyncAppendLog<PlaygroundLogEntry> _entries = new();

    /// <summary>How many entries arrived so far: a mark to wait for entries after.</summary>
    public int Count => _entries.Count;

    public IReadOnlyList<PlaygroundLogEntry> Snapshot() => _entries.Snapshot();

    /// <summary>
    /// The first entry after <paramref name="mark"/> that satisfies <paramref name="predicate"/>,
    /// e.g. the Playground's call to the bot for a message just sent, which is logged once the bot
    /// has answered it, so all the replies the bot sent while handling it have already been sent.
    /// </summary>
    public async Task<PlaygroundLogEntry> WaitForEntryAsync(
        int mark, Func<PlaygroundLogEntry, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var all = _entries.Snapshot();
            var found = all.Skip(mark).FirstOrDefault(predicate);
            if (found is not null)
            {
                return found;
            }

            if (!await _entries.WaitForMoreAsync(all.Count, timeout - clock.Elapsed, cancellationToken))
            {
                throw new TimeoutException($"No matching Playground log entry within {timeout.TotalSeconds:0.#} s.\n{Describe()}");
            }
        }
    }

    /// <summary>The last entries, one line each, for failure messages.</summary>
    public string Describe(int maxEntries = 60)
    {
        var all = _entries.Snapshot();
        var text = new StringBuilder($"--- Playground log panel ({all.Count} entries)\n");
        foreach (var entry in all.Skip(Math.Max(0, all.Count - maxEntries)))
        {
            text.AppendLine(entry.Summary());
        }

        return text.ToString();
    }

    /// <summary>Records a websocket frame if it is a log item. Called by the one websocket reader only.</summary>
    internal void AddFrame(JsonObject frame)
    {
        if (frame["log"] is JsonObject)
        {
            _entries.Add(new PlaygroundLogEntry(_entries.Count, frame));
        }
    }

    internal void Close(Exception reason) => _entries.Close(reason);
}
