using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace JourneyBot.Host.Tests.Support;

/// <summary>
/// Stands in for Entra ID behind MSAL's HttpClient: answers instance discovery and the client-credentials token
/// request with <see cref="AccessToken"/>, and remembers the form bodies it received (to see the secret was sent).
/// </summary>
public sealed class FakeTokenEndpoint(string accessToken) : HttpMessageHandler
{
    private readonly List<string> _tokenRequests = [];

    public string AccessToken { get; } = accessToken;

    public IReadOnlyList<string> TokenRequests
    {
        get
        {
            lock (_tokenRequests)
            {
                return [.. _tokenRequests];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        JsonObject body;
        if (path.EndsWith("/token", StringComparison.Ordinal))
        {
            var form = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            lock (_tokenRequests)
            {
                _tokenRequests.Add(form);
            }

            body = new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["ext_expires_in"] = 3600, ["access_token"] = AccessToken };
        }
        else if (path.Contains("discovery/instance", StringComparison.Ordinal))
        {
            body = new JsonObject
            {
                ["tenant_discovery_endpoint"] = "https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration",
                ["api-version"] = "1.1",
                ["metadata"] = new JsonArray(new JsonObject
                {
                    ["preferred_network"] = "login.microsoftonline.com",
                    ["preferred_cache"] = "login.windows.net",
                    ["aliases"] = new JsonArray("login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net"),
                }),
            };
        }
        else
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
    }
}
