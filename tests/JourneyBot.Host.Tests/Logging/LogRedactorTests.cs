using JourneyBot.Logging;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Host.Tests.Logging;

public sealed class LogRedactorTests
{
    private const string Password = "AppPw~s3cret.Value_9Kq2LmZx7";
    private readonly LogRedactor _redactor = new([Password, "short", null]);

    [Theory]
    [InlineData("GET http://localhost/maps/m1/view?t=eyJWIjoxfQ.c2lnbmF0dXJl - 200", "GET http://localhost/maps/m1/view?t=*** - 200")]
    [InlineData("GET /maps/m1/export/csv?lang=zh&t=abc.def", "GET /maps/m1/export/csv?lang=zh&t=***")]
    [InlineData("https://files.example/doc.json?sv=2024&sig=AbC%2Bd&se=2026", "https://files.example/doc.json?sv=2024&sig=***&se=2026")]
    [InlineData("client_id=abc&client_secret=xyz123&scope=s", "client_id=abc&client_secret=***&scope=s")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=dev;AccountKey=Eby8vdM0==;TableEndpoint=http://x/", "DefaultEndpointsProtocol=http;AccountName=dev;AccountKey=***;TableEndpoint=http://x/")]
    [InlineData("BlobEndpoint=https://a/;SharedAccessSignature=sv=2024&sig=abc", "BlobEndpoint=https://a/;SharedAccessSignature=***")]
    [InlineData("Authorization: Bearer abc.def-ghi_jkl", "Authorization: Bearer ***")]
    [InlineData("token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sig-nature_123 refused", "token *** refused")]
    [InlineData("login failed for " + Password + " today", "login failed for *** today")]
    public void Secrets_are_masked(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text));
    }

    [Theory]
    [InlineData("Table tsecrets1activities is ready")]
    [InlineData("Request starting HTTP/1.1 POST http://localhost/api/messages - application/json 512")]
    [InlineData("a short story about tokens and keys")]
    public void Ordinary_text_is_left_alone_as_the_same_instance(string text)
    {
        Assert.Same(text, _redactor.Redact(text));
    }

    [Fact]
    public void A_logger_masks_values_scopes_and_exceptions_before_providers_see_them()
    {
        var logs = new Support.CapturedLogs();
        using var factory = new RedactingLoggerFactory(LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)), _redactor);
        var logger = factory.CreateLogger("test");

        using (logger.BeginScope("Calling {Url}", new Uri("https://x.example/file?sig=scoped-secret")))
        {
            logger.LogWarning(new InvalidOperationException("failed with " + Password), "Opening {Link}", "https://bot/maps/m/view?t=link-secret");
        }

        var entry = Assert.Single(logs.Entries);
        Assert.Equal("Opening https://bot/maps/m/view?t=***", entry.Message);
        Assert.Equal("https://bot/maps/m/view?t=***", entry.Values["Link"]);
        Assert.Equal("Opening {Link}", entry.Values["{OriginalFormat}"]);
        Assert.DoesNotContain(Password, entry.Exception, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: failed with ***", entry.Exception, StringComparison.Ordinal);
        Assert.DoesNotContain("scoped-secret", string.Join('\n', entry.Scopes), StringComparison.Ordinal);
        Assert.Contains("sig=***", string.Join('\n', entry.Scopes), StringComparison.Ordinal);
    }
}
