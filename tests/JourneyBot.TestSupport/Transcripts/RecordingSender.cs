using System.Collections.Concurrent;
using System.Globalization;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;

namespace JourneyBot.TestSupport.Transcripts;

/// <summary>An <see cref="IActivitySender"/> that keeps what the bot sends instead of calling a connector.</summary>
public sealed class RecordingSender : IActivitySender
{
    private readonly ConcurrentQueue<Activity> _sent = new();
    private int _nextId;

    public IReadOnlyList<Activity> Sent => _sent.ToArray();

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        _sent.Enqueue(activity with { Id = id });
        return Task.FromResult(new ResourceResponse(id));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        _sent.Enqueue(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;
}
