using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Tests.Tables;

// Reads of one partition at the same moment share one read, unless this instance wrote to it since that read began.
public sealed class SharedReadsTests
{
    private readonly SharedReads<string> _reads = new();
    private readonly TaskCompletionSource<string> _storage = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;

    [Fact]
    public async Task A_second_read_while_the_first_is_under_way_joins_it()
    {
        var first = _reads.ReadAsync("map-a", ReadAsync, CancellationToken.None);
        var second = _reads.ReadAsync("map-a", ReadAsync, CancellationToken.None);
        _storage.SetResult("rows");

        Assert.Equal(["rows", "rows"], await Task.WhenAll(first, second));
        Assert.Equal(1, _started);
    }

    [Fact]
    public async Task A_read_after_a_write_does_not_join_the_read_that_began_before_it()
    {
        var before = _reads.ReadAsync("map-a", ReadAsync, CancellationToken.None);
        _reads.Writing("map-a");
        var after = _reads.ReadAsync("map-a", _ => Task.FromResult("rows with the new note"), CancellationToken.None);
        _storage.SetResult("rows");

        Assert.Equal("rows with the new note", await after);
        Assert.Equal("rows", await before);
    }

    [Fact]
    public async Task Another_partition_or_a_finished_read_is_read_again()
    {
        _storage.SetResult("rows");
        await _reads.ReadAsync("map-a", ReadAsync, CancellationToken.None);
        await _reads.ReadAsync("map-a", ReadAsync, CancellationToken.None);
        await _reads.ReadAsync("map-b", ReadAsync, CancellationToken.None);

        Assert.Equal(3, _started);
    }

    [Fact]
    public async Task One_caller_giving_up_does_not_stop_the_read_for_the_others()
    {
        using var impatient = new CancellationTokenSource();
        var first = _reads.ReadAsync("map-a", ReadAsync, impatient.Token);
        var second = _reads.ReadAsync("map-a", ReadAsync, CancellationToken.None);

        await impatient.CancelAsync();
        _storage.SetResult("rows");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("rows", await second);
    }

    [Fact]
    public async Task A_failed_read_fails_every_caller_and_the_next_read_tries_again()
    {
        var first = _reads.ReadAsync("map-a", ReadAsync, CancellationToken.None);
        var second = _reads.ReadAsync("map-a", ReadAsync, CancellationToken.None);
        _storage.SetException(new InvalidOperationException("storage away"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
        Assert.Equal("again", await _reads.ReadAsync("map-a", _ => Task.FromResult("again"), CancellationToken.None));
    }

    private Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _started);
        return _storage.Task;
    }
}
