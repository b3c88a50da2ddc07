namespace JourneyBot.BotKit.RateLimiting;

/// <summary>
/// Token buckets by key, least recently seen last. A bucket idle for its refill time is full, the same as
/// no bucket, so it is dropped; past <c>capacity</c> the least recently seen is dropped even if not idle.
/// Not thread-safe: the owner locks.
/// </summary>
internal sealed class TokenBuckets(TokenBucketLimit limit, int capacity)
{
    private readonly Dictionary<string, LinkedListNode<Bucket>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<Bucket> _byLastSeen = new();

    /// <summary>How many keys are tracked now.</summary>
    public int Count => _byKey.Count;

    /// <summary>The bucket of <paramref name="key"/>, refilled up to <paramref name="now"/> (a new one is full).</summary>
    public Bucket Touch(string key, DateTimeOffset now)
    {
        DropIdle(now);
        if (_byKey.TryGetValue(key, out var node))
        {
            _byLastSeen.Remove(node);
        }
        else
        {
            if (_byKey.Count >= capacity)
            {
                // Forgetting a busy key only makes the limiter lenient with it; memory stays bounded.
                _byKey.Remove(_byLastSeen.Last!.Value.Key);
                _byLastSeen.RemoveLast();
            }

            node = new LinkedListNode<Bucket>(new Bucket(key, limit.Burst, now));
            _byKey.Add(key, node);
        }

        _byLastSeen.AddFirst(node);
        var bucket = node.Value;
        var elapsed = now - bucket.RefilledAt;
        if (elapsed > TimeSpan.Zero)
        {
            bucket.Tokens = Math.Min(limit.Burst, bucket.Tokens + (elapsed.TotalMinutes * limit.PermitsPerMinute));
            bucket.RefilledAt = now;
        }

        bucket.LastSeen = now;
        return bucket;
    }

    /// <summary>How long until <paramref name="bucket"/> is full again.</summary>
    public TimeSpan TimeToFull(Bucket bucket) =>
        TimeSpan.FromMinutes(Math.Max(0, limit.Burst - bucket.Tokens) / limit.PermitsPerMinute);

    private void DropIdle(DateTimeOffset now)
    {
        var idleAfter = limit.RefillTime;
        while (_byLastSeen.Last is { } oldest && now - oldest.Value.LastSeen >= idleAfter && now >= oldest.Value.NoticeUntil)
        {
            _byKey.Remove(oldest.Value.Key);
            _byLastSeen.RemoveLast();
        }
    }

    /// <summary>One key's bucket.</summary>
    internal sealed class Bucket(string key, double tokens, DateTimeOffset now)
    {
        public string Key { get; } = key;

        public double Tokens { get; set; } = tokens;

        public DateTimeOffset RefilledAt { get; set; } = now;

        public DateTimeOffset LastSeen { get; set; } = now;

        /// <summary>Until when refusals are silent: the person was told already.</summary>
        public DateTimeOffset NoticeUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
