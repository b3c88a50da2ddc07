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

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void Validate_LargeReadConcurrency_MustBeBetweenOneAndSixtyFour(int concurrency, bool valid)
    {
        var result = _validator.Validate(null, new TableStorageOptions { ConnectionString = "UseDevelopmentStorage=true", LargeReadConcurrency = concurrency });

        Assert.Equal(valid, result.Succeeded);
        Assert.True(valid || result.FailureMessage!.Contains(nameof(TableStorageOptions.LargeReadConcurrency), StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RelativeServiceUri_Fails() =>
        Assert.True(_validator.Validate(null, new TableStorageOptions { ServiceUri = new Uri("tables", UriKind.Relative) }).Failed);

    [Fact]
    public void Validate_ServiceUriWithAManagedIdentityClientId_Succeeds() =>
        Assert.True(_validator.Validate(null, new TableStorageOptions
        {
            ServiceUri = new Uri("https://a.table.core.windows.net/"),
            ManagedIdentityClientId = "3c0ffee0-0000-4000-8000-000000000001",
        }).Succeeded);

    [Theory]
    [InlineData("id-journeybot")]
    [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-journeybot")]
    public void Validate_ManagedIdentityGivenByNameOrResourceIdInsteadOfClientId_FailsNamingTheSetting(string notAClientId)
    {
        var result = _validator.Validate(null, new TableStorageOptions
        {
            ServiceUri = new Uri("https://a.table.core.windows.net/"),
            ManagedIdentityClientId = notAClientId,
        });

        Assert.True(result.Failed);
        Assert.Contains("Storage:ManagedIdentityClientId", result.FailureMessage, StringComparison.Ordinal);
    }
}
