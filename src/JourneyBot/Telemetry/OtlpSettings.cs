using OpenTelemetry.Exporter;

namespace JourneyBot.Telemetry;

/// <summary>Where the OTLP exporter sends traces, metrics and logs, and over which protocol.</summary>
/// <param name="Endpoint">The collector's base address; with <see cref="OtlpExportProtocol.HttpProtobuf"/> the signal paths (<c>/v1/traces</c>...) are appended.</param>
/// <param name="Protocol">gRPC (the .NET SDK's default) or HTTP with protobuf bodies.</param>
internal sealed record OtlpSettings(Uri Endpoint, OtlpExportProtocol Protocol)
{
    /// <summary>The configuration key of the endpoint; wins over <see cref="StandardEndpointKey"/>.</summary>
    public const string EndpointKey = "Telemetry:OtlpEndpoint";

    /// <summary>The configuration key of the protocol (<c>grpc</c> or <c>http/protobuf</c>); wins over <see cref="StandardProtocolKey"/>.</summary>
    public const string ProtocolKey = "Telemetry:OtlpProtocol";

    /// <summary>OpenTelemetry's standard environment variable for the endpoint.</summary>
    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>OpenTelemetry's standard environment variable for the protocol.</summary>
    public const string StandardProtocolKey = "OTEL_EXPORTER_OTLP_PROTOCOL";

    /// <summary>The configured export, or null when no endpoint is set (nothing is exported). A bad value stops the start.</summary>
    public static OtlpSettings? Resolve(IConfiguration configuration)
    {
        var endpoint = First(configuration, EndpointKey, StandardEndpointKey);
        if (endpoint is null)
        {
            return null;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{EndpointKey} (or {StandardEndpointKey}) must be an absolute http(s) URL.");
        }

        var protocol = First(configuration, ProtocolKey, StandardProtocolKey) switch
        {
            null or "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            _ => throw new InvalidOperationException($"{ProtocolKey} (or {StandardProtocolKey}) must be grpc or http/protobuf."),
        };
        return new OtlpSettings(uri, protocol);
    }

    /// <summary>
    /// The options of one signal's exporter: the base endpoint for gRPC; for HTTP the signal's path appended
    /// (<c>/v1/traces</c>, <c>/v1/metrics</c>, <c>/v1/logs</c>), as the standard settings mean it. Headers and
    /// time-outs still come from the standard <c>OTEL_EXPORTER_OTLP_*</c> environment variables.
    /// </summary>
    public OtlpExporterOptions ExporterOptions(OtlpSignal signal)
    {
        var endpoint = Endpoint;
        if (Protocol == OtlpExportProtocol.HttpProtobuf)
        {
            var path = signal switch
            {
                OtlpSignal.Traces => "v1/traces",
                OtlpSignal.Metrics => "v1/metrics",
                _ => "v1/logs",
            };
            var baseUri = Endpoint.AbsoluteUri.EndsWith('/') ? Endpoint : new Uri(Endpoint.AbsoluteUri + "/");
            endpoint = new Uri(baseUri, path);
        }

        return new OtlpExporterOptions { Endpoint = endpoint, Protocol = Protocol };
    }

    private static string? First(IConfiguration configuration, string key, string standardKey) =>
        configuration[key] is { Length: > 0 } value ? value.Trim()
        : configuration[standardKey] is { Length: > 0 } standard ? standard.Trim()
        : null;
}
