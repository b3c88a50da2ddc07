using System.Diagnostics;
using System.Text;

namespace JourneyBot.TestSupport.Playground;

/// <summary>
/// Every message the bot sent, in arrival order, as read from the Playground's conversation
/// websocket; with waits for "the next bot message(s)" in a conversation.
/// </summary>
/// <remarks>
/// A conversation id given to a wait matches a message in that chat or thread. A bare channel id
/// also matches messages in every thread of the channel: a bot may answer in the thread or start a
/// new post, and both are "in the channel".
/// </remarks>
public sealed class BotMessageLog
{
    private readonly AsyncAppendLog<BotMessage> _messages = new();
    private readonly Dictionary<string, long> _cursors = new(StringComparer.Ordinal);

    /// <summary>How many messages arrived so far: a mark to wait for messages after.</summary>
    public int Count => _messages.Count;

    public IReadOnlyList<BotMessage> Snapshot() => _messages.Snapshot();

    /// <summary>True when <paramref name="message"/> is in the chat, thread or channel <paramref name="conversationId"/>.</summary>
    public static bool IsIn(BotMessage message, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(conversationId);
        if (message.ThreadId == conversationId || message.ConversationId == conversationId)
        {
            return true;
        }

        return !conversationId.Contains(PlaygroundConfig.ThreadMarker, StringComparison.Ordinal)
            && PlaygroundConfig.TopLevelConversationId(message.ThreadId) == conversationId;
    }

    /// <summary>Messages in <paramref name="conversationId"/> that arrived after <paramref name="mark"/> (a former <see cref="Count"/>).</summary>
    public IReadOnlyList<BotMessage> Since(int mark, string conversationId) =>
        [.. _messages.Snapshot().Skip(mark).Where(m => IsIn(m, conversationId))];

    /// <summary>
    /// The next <paramref name="count"/> new messages (not updates) in <paramref name="conversationId"/>
    /// after the last one any wait of this log returned for the same conversation id.
    /// </summary>
    public async Task<IReadOnlyList<BotMessage>> WaitForBotMessagesAsync(
        string conversationId, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        long cursor;
        lock (_cursors)
        {
            cursor = _cursors.GetValueOrDefault(conversationId);
        }

        var clock = Stopwatch.StartNew();
        while (true)
        {
            var all = _messages.Snapshot();
            var next = all.Where(m => m.Sequence >= cursor && !m.IsUpdate && IsIn(m, conversationId)).Take(count).ToList();
            if (next.Count == count)
            {
                Advance(conversationId, next);
                return next;
            }

            if (!await _messages.WaitForMoreAsync(all.Count, timeout - clock.Elapsed, cancellationToken))
            {
                throw new TimeoutException(
                    $"Expected {count} bot message(s) in {conversationId} within {timeout.TotalSeconds:0.#} s; got {next.Count}.\n{Describe()}");
            }
        }
    }

    /// <summary>
    /// The bot's answer to something sent after <paramref name="mark"/>: waits for at least one new
    /// message in <paramref name="conversationId"/>, then keeps collecting until no further message
    /// arrives for <paramref name="quietPeriod"/>. Updates of earlier messages are included.
    /// </summary>
    public async Task<IReadOnlyList<BotMessage>> WaitForRepliesAsync(
        int mark, string conversationId, TimeSpan timeout, TimeSpan quietPeriod, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var known = _messages.Count;
            if (Since(mark, conversationId).Count > 0)
            {
                break;
            }

            if (!await _messages.WaitForMoreAsync(known, timeout - clock.Elapsed, cancellationToken))
            {
                throw new TimeoutException($"The bot sent nothing in {conversationId} within {timeout.TotalSeconds:0.#} s.\n{Describe()}");
            }
        }

        while (clock.Elapsed < timeout)
        {
            var known = _messages.Count;
            var quiet = quietPeriod < timeout - clock.Elapsed ? quietPeriod : timeout - clock.Elapsed;
            if (!await _messages.WaitForMoreAsync(known, quiet, cancellationToken))
            {
                break;
            }
        }

        var replies = Since(mark, conversationId);
        Advance(conversationId, replies);
        return replies;
    }

    /// <summary>
    /// Whatever arrived in <paramref name="conversationId"/> after <paramref name="mark"/> once no
    /// message at all came for <paramref name="quietPeriod"/> (or <paramref name="timeout"/> ran
    /// out); possibly nothing. For actions whose answer is not a message, such as an invoke.
    /// </summary>
    public async Task<IReadOnlyList<BotMessage>> WaitForQuietAsync(
        int mark, string conversationId, TimeSpan timeout, TimeSpan quietPeriod, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var known = _messages.Count;
            var quiet = quietPeriod < timeout - clock.Elapsed ? quietPeriod : timeout - clock.Elapsed;
            if (!await _messages.WaitForMoreAsync(known, quiet, cancellationToken))
            {
                break;
            }
        }

        var arrived = Since(mark, conversationId);
        Advance(conversationId, arrived);
        return arrived;
    }

    /// <summary>The first message after <paramref name="mark"/> in <paramref name="conversationId"/> that satisfies <paramref name="predicate"/>.</summary>
    public async Task<BotMessage> WaitForMessageAsync(
        int mark, string conversationId, Func<BotMessage, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var known = _messages.Count;
            var found = Since(mark, conversationId).FirstOrDefault(predicate);
            if (found is not null)
            {
                Advance(conversationId, [found]);
                return found;
            }

            if (!await _messages.WaitForMoreAsync(known, timeout - clock.Elapsed, cancellationToken))
            {
                throw new TimeoutException($"No bot message in {conversationId} matched within {timeout.TotalSeconds:0.#} s.\n{Describe()}");
            }
        }
    }

    /// <summary>The last messages, one line each, for failure messages.</summary>
    public string Describe(int maxMessages = 40)
    {
        var all = _messages.Snapshot();
        var text = new StringBuilder($"--- bot messages seen by the Playground websocket ({all.Count})\n");
        foreach (var message in all.Skip(Math.Max(0, all.Count - maxMessages)))
        {
            text.Append('#').Append(message.Sequence).Append(' ').Append(message.ThreadId).Append(": ").AppendLine(message.Summary());
        }

        return text.ToString();
    }

    /// <summary>Records a websocket frame if it is a bot message. Called by the one websocket reader only.</summary>
    internal void AddFrame(System.Text.Json.Nodes.JsonObject frame)
    {
        if (BotMessage.FromFrame(frame, _messages.Count) is { } message)
        {
            _messages.Add(message);
        }
    }

    internal void Close(Exception reason) => _messages.Close(reason);

    // Moves the conversation's cursor past messages a wait returned, so WaitForBotMessagesAsync
    // continues after whatever was already consumed, by any of the waits.
    private void Advance(string conversationId, IReadOnlyList<BotMessage> returned)
    {
        if (returned.Count == 0)
        {
            return;
        }

        lock (_cursors)
        {
            _cursors[conversationId] = Math.Max(_cursors.GetValueOrDefault(conversationId), returned.Max(m => m.Sequence) + 1);
        }
    }
}
