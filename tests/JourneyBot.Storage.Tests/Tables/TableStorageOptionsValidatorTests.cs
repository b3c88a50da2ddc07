using Azure.Core;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;

namespace JourneyBot.Storage.Tests.Tables;

public sealed class TableStorageOptionsValidatorTests
{
    private readonly TableStorageOptionsValidator _validator = new([new StaticCredential()]);

    [Theory]
    [InlineData("")]
    [InlineData("jb")]
    [InlineData("t20260302ab12")]
    public void Validate_ConnectionStringAndValidPrefix_Succeeds(string prefix) =>
        Assert.True(_validator.Validate(null, new TableStorageOptions { ConnectionString = "UseDevelopmentStorage=true", TablePrefix = prefix }).Succeeded);

    [Fact]
    public void Validate_ServiceUriOnly_Succeeds() =>
        Assert.True(_validator.Validate(null, new TableStorageOptions { ServiceUri = new Uri("https://a.table.core.windows.net/") }).Succeeded);

    [Theory]
    [InlineData("1abc")]
    [InlineData("has-dash")]
    [InlineData("with space")]
    [InlineData("ümlaut")]
    public void Validate_PrefixThatIsNotLettersAndDigitsStartingWithALetter_Fails(string prefix) =>
        Assert.True(_validator.Validate(null, new TableStorageOptions { ConnectionString = "UseDevelopmentStorage=true", TablePrefix = prefix }).Failed);

    [Fact]
    public void Validate_PrefixTooLongForTheLongestTableName_Fails()
    {
        var tooLong = new string('a', TableNames.MaxPrefixLength + 1);

        Assert.True(_validator.Validate(null, new TableStorageOptions { ConnectionString = "UseDevelopmentStorage=true", TablePrefix = tooLong }).Failed);
        Assert.True(_validator.Validate(null, new TableStorageOptions { ConnectionString = "UseDevelopmentStorage=true", TablePrefix = tooLong[1..] }).Succeeded);
    }

    [Fact]
    public void Validate_ServiceUriWithoutARegisteredCredential_Fails()
    {
        var result = new TableStorageOptionsValidator([]).Validate(null, new TableStorageOptions { ServiceUri = new Uri("https://a.table.core.windows.net/") });

        Assert.True(result.Failed);
        Assert.Contains(nameof(TokenCredential), result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RelativeServiceUri_Fails() =>
        Assert.True(_validator.Validate(null, new TableStorageOptions { ServiceUri = new Uri("tables", UriKind.Relative) }).Failed);
}
