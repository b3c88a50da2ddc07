using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Journeys.Exports;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Journeys.Tests.Exports;

/// <summary>Where an import's document comes from, and the limits on downloading it (SSRF safety).</summary>
public sealed class ImportSourcesTests
{
    private const string Document = """{"format":"journeybot-map"}""";
    private readonly FakeTimeProvider _time = new(ExportSamples.Start);
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task A_teams_file_on_sharepoint_is_downloaded()
    {
        _handler.Respond = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("\uFEFF" + Document, Encoding.UTF8) };

        var input = await Sources().ReadAsync(Message(TeamsFile("https://contoso.sharepoint.com/personal/alice/_layouts/15/download.aspx?UniqueId=1&tempauth=x")), CancellationToken.None);

        Assert.Equal(Document, input.Json);
        Assert.Equal("contoso.sharepoint.com", Assert.Single(_handler.Requests).Host);
    }

    [Theory]
    [InlineData("http://contoso.sharepoint.com/file.json")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://127.0.0.1/file.json")]
    [InlineData("https://[::1]/file.json")]
    [InlineData("https://localhost/file.json")]
    [InlineData("https://sharepoint.com/file.json")]
    [InlineData("https://sharepoint.com.evil.example/file.json")]
    [InlineData("https://evilsharepoint.com/file.json")]
    [InlineData("https://contoso.sharepoint.com:8443/file.json")]
    [InlineData("https://user:pass@contoso.sharepoint.com/file.json")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://contoso.sharepoint.com/file.json")]
    [InlineData("not a url")]
    [InlineData(null)]
    public async Task Other_addresses_are_never_fetched(string? url)
    {
        var teams = await Sources().ReadAsync(Message(TeamsFile(url)), CancellationToken.None);
        var plain = await Sources().ReadAsync(Message(new Attachment { ContentType = "application/json", ContentUrl = url, Name = "map.json" }), CancellationToken.None);

        Assert.Equal(TextKeys.ImportDownloadRefused, teams.ProblemKey);
        Assert.Equal(TextKeys.ImportDownloadRefused, plain.ProblemKey);
        Assert.Equal("*.sharepoint.com", teams.ProblemArgs![1]);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task The_allow_list_is_configurable()
    {
        var sources = Sources(new ImportOptions { AllowedDownloadHosts = ["files.contoso.example"] });
        _handler.Respond = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Document) };

        Assert.Equal(Document, (await sources.ReadAsync(Message(TeamsFile("https://files.contoso.example/a.json")), CancellationToken.None)).Json);
        Assert.Equal(TextKeys.ImportDownloadRefused, (await sources.ReadAsync(Message(TeamsFile("https://contoso.sharepoint.com/a.json")), CancellationToken.None)).ProblemKey);
    }

    [Fact]
    public async Task A_redirect_is_not_followed()
    {
        _handler.Respond = _ => new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("http://169.254.169.254/") } };

        var input = await Sources().ReadAsync(Message(TeamsFile("https://contoso.sharepoint.com/a.json")), CancellationToken.None);

        Assert.Equal((TextKeys.ImportDownloadFailed, "HTTP 302"), (input.ProblemKey, input.ProblemArgs![0]));
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public void The_registered_download_client_does_not_follow_redirects()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddJourneys(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        HttpMessageHandler handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(ImportOptions.HttpClientName);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        Assert.False(Assert.IsType<SocketsHttpHandler>(handler).AllowAutoRedirect);
    }

    [Fact]
    public async Task A_file_larger_than_the_limit_is_refused_with_or_without_a_length()
    {
        var sources = Sources(new ImportOptions { MaxDocumentBytes = 1024 });
        _handler.Respond = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[2048]) };
        var declared = await sources.ReadAsync(Message(TeamsFile("https://contoso.sharepoint.com/a.json")), CancellationToken.None);
        _handler.Respond = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new UnknownLengthStream(2048)) };
        var streamed = await sources.ReadAsync(Message(TeamsFile("https://contoso.sharepoint.com/a.json")), CancellationToken.None);

        Assert.Equal(TextKeys.ImportTooLarge, declared.ProblemKey);
        Assert.Equal(TextKeys.ImportTooLarge, streamed.ProblemKey);
    }

    [Fact]
    public async Task A_download_that_takes_too_long_is_abandoned()
    {
        _handler.Respond = null;
        var reading = Sources().ReadAsync(Message(TeamsFile("https://contoso.sharepoint.com/a.json")), CancellationToken.None);
        await _handler.Started.Task;

        _time.Advance(TimeSpan.FromSeconds(21));
        var input = await reading;

        Assert.Equal((TextKeys.ImportDownloadFailed, "timeout"), (input.ProblemKey, input.ProblemArgs![0]));
    }

    [Fact]
    public async Task Inline_json_attachments_are_read_as_object_or_as_text()
    {
        var asObject = await Sources().ReadAsync(Message(new Attachment { ContentType = "application/json", Content = JsonNode.Parse(Document) }), CancellationToken.None);
        var asText = await Sources().ReadAsync(Message(new Attachment { ContentType = "application/json", Content = JsonValue.Create(Document) }), CancellationToken.None);

        Assert.Equal(Document, asObject.Json);
        Assert.Equal(Document, asText.Json);
    }

    [Theory]
    [InlineData("data:application/json;base64,eyJmb3JtYXQiOiJqb3VybmV5Ym90LW1hcCJ9")]
    [InlineData("data:application/json,%7B%22format%22%3A%22journeybot-map%22%7D")]
    [InlineData("data:,%7B%22format%22%3A%22journeybot-map%22%7D")]
    public async Task Data_urls_are_decoded_without_any_request(string url)
    {
        var input = await Sources().ReadAsync(Message(new Attachment { ContentType = "application/json", ContentUrl = url }), CancellationToken.None);

        Assert.Equal(Document, input.Json);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused()
    {
        var input = await Sources().ReadAsync(Message(new Attachment { ContentType = "application/json", ContentUrl = "data:application/json;base64,/////w==" }), CancellationToken.None);

        Assert.Equal(TextKeys.ImportNotUtf8, input.ProblemKey);
    }

    [Fact]
    public async Task A_teams_file_that_is_not_json_is_named()
    {
        var picture = new Attachment
        {
            ContentType = ImportSources.TeamsFileDownloadInfo,
            Name = "photo.png",
            Content = new JsonObject { ["downloadUrl"] = "https://contoso.sharepoint.com/photo.png", ["fileType"] = "png" },
        };

        var input = await Sources().ReadAsync(Message(picture), CancellationToken.None);

        Assert.Equal((TextKeys.ImportNotJsonFile, "photo.png"), (input.ProblemKey, input.ProblemArgs![0]));
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Pasted_json_is_taken_from_the_raw_text_keeping_its_spacing()
    {
        var text = await Sources().ReadAsync(new Activity { Text = "import   {\"a\": \"two  spaces\"}  " }, CancellationToken.None);
        var html = await Sources().ReadAsync(new Activity { Text = "<p>import {&quot;a&quot;: 1}</p>" }, CancellationToken.None);
        var nothing = await Sources().ReadAsync(new Activity { Text = "import", Attachments = [new Attachment { ContentType = "text/html", Content = JsonValue.Create("<p>import</p>") }] }, CancellationToken.None);

        Assert.Equal("{\"a\": \"two  spaces\"}", text.Json);
        Assert.Equal("{\"a\": 1}", html.Json);
        Assert.Equal(TextKeys.ImportNoDocument, nothing.ProblemKey);
    }

    private ImportSources Sources(ImportOptions? options = null) =>
        new(new SingleClientFactory(_handler), Options.Create(options ?? new ImportOptions()), _time, NullLogger<ImportSources>.Instance);

    private static Activity Message(Attachment attachment) => new() { Type = ActivityTypes.Message, Text = "import", Attachments = [attachment] };

    private static Attachment TeamsFile(string? downloadUrl) => new()
    {
        ContentType = ImportSources.TeamsFileDownloadInfo,
        Name = "map.json",
        Content = new JsonObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = "1", ["fileType"] = "json" },
    };

    private sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<Uri> Requests { get; } = [];

        /// <summary>The answer; null waits until the request is cancelled.</summary>
        public Func<HttpRequestMessage, HttpResponseMessage>? Respond { get; set; }

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!);
            Started.TrySetResult();
            if (Respond is null)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return Respond!(request);
        }
    }

    /// <summary>A body whose length is not known in advance (chunked), of <paramref name="length"/> bytes.</summary>
    private sealed class UnknownLengthStream(int length) : Stream
    {
        private int _left = length;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, _left);
            _left -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
