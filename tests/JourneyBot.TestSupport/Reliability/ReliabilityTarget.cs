using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.TestSupport.Connector;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// A running bot for a reliability scenario: its HTTP client (base address = the bot), the fake connector its
/// activities' serviceUrl points at, and the Table Storage it writes to. <see cref="Authorize"/>, when set,
/// gives the bearer token for an activity (a host that checks tokens); otherwise requests go without one.
/// <see cref="Storage"/>, when set, stops and starts the storage (outage scenarios skip themselves without it).
/// </summary>
public sealed record ReliabilityTarget(
    HttpClient Bot,
    FakeConnectorServer Connector,
    string StorageConnectionString,
    string TablePrefix,
    Func<JsonObject, string?>? Authorize = null,
    IStorageControl? Storage = null)
{
    /// <summary>The activity's serviceUrl: the fake connector.</summary>
    public string ServiceUrl => Connector.ServiceUrl.ToString();

    /// <summary>Posts an activity to /api/messages and counts the request; the caller disposes the response.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity, ReliabilityTally tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return PostRawAsync(Encoding.UTF8.GetBytes(activity.ToJsonString()), Authorize?.Invoke(activity), tally, cancellationToken);
    }

    /// <summary>Posts raw bytes as application/json to /api/messages, with an optional bearer token, and counts the request.</summary>
    public async Task<HttpResponseMessage> PostRawAsync(byte[] body, string? bearer, ReliabilityTally tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tally);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        var response = await Bot.SendAsync(request, cancellationToken);
        tally.Request(response.StatusCode);
        return response;
    }
}
