using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JourneyBot.TestSupport.Playground;

/// <summary>Reads JSON frames from a websocket in the background and hands each object to a callback.</summary>
internal sealed class JsonWebSocketReader : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly CancellationTokenSource _stop = new();
    private readonly Action<JsonObject> _onFrame;
    private readonly Action<Exception> _onClosed;
    private Task _loop = Task.CompletedTask;

    private JsonWebSocketReader(ClientWebSocket socket, Action<JsonObject> onFrame, Action<Exception> onClosed)
    {
        _socket = socket;
        _onFrame = onFrame;
        _onClosed = onClosed;
    }

    public static async Task<JsonWebSocketReader> ConnectAsync(
        Uri uri, Action<JsonObject> onFrame, Action<Exception> onClosed, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var reader = new JsonWebSocketReader(socket, onFrame, onClosed);
        reader._loop = Task.Run(reader.ReadLoopAsync, CancellationToken.None);
        return reader;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "test done", closing.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The server may already be gone; nothing to close then.
        }

        await _loop;
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _onClosed(new WebSocketException($"closed by the Playground ({result.CloseStatus} {result.CloseStatusDescription})"));
                    return;
                }

                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                Deliver(frame.ToArray());
                frame.SetLength(0);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            _onClosed(new ObjectDisposedException(nameof(JsonWebSocketReader)));
        }
        catch (WebSocketException e)
        {
            _onClosed(e);
        }
    }

    private void Deliver(byte[] payload)
    {
        try
        {
            if (JsonNode.Parse(payload) is JsonObject obj)
            {
                _onFrame(obj);
            }
        }
        catch (JsonException)
        {
            // Not JSON: not something this harness understands; the log panel stream shows it anyway.
        }
    }
}
