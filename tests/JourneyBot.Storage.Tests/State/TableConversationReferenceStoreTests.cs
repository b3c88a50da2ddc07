using System.Text.Json;
using JourneyBot.BotKit.Schema;
using JourneyBot.Storage.State;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Storage.Tests.State;

public sealed class TableConversationReferenceStoreTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private readonly TableConversationReferenceStore _store = new(storage.CreateTables(), new FakeTimeProvider(TestMaps.Now));

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    private static ConversationReference NewReference(string? tenantId = "tenant-1", string? conversationId = null) =>
        JsonSerializer.Deserialize<ConversationReference>(
            $$"""
            {
              "activityId": "1712345678901",
              "user": { "id": "29:1ada", "name": "Ada", "aadObjectId": "00000000-0000-0000-0000-00000000000a", "userRole": "user", "email": "ada@contoso.example", "userPrincipalName": "ada@contoso.example" },
              "bot": { "id": "28:bot", "name": "JourneyBot" },
              "conversation": {
                "id": {{JsonSerializer.Serialize(conversationId ?? "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2")}},
                "conversationType": "channel",
                "tenantId": {{JsonSerializer.Serialize(tenantId)}},
                "isGroup": true,
                "futureField": { "nested": [1, 2, 3] }
              },
              "channelId": "msteams",
              "serviceUrl": "https://smba.trafficmanager.net/emea/",
              "locale": "fr-FR",
              "somethingNew": "kept"
            }
            """,
            BotJson.Options)!;

    [Fact]
    public async Task SaveAsync_ThenGetAsync_KeepsEveryFieldIncludingUnknownOnes_ButOfPeopleOnlyTheirIdentity()
    {
        var reference = NewReference();

        await _store.SaveAsync(reference, Ct);
        var stored = await _store.GetAsync("tenant-1", reference.Conversation!.Id!, Ct);

        Assert.NotNull(stored);
        var expected = reference with { User = new ChannelAccount { Id = "29:1ada", Name = "Ada", AadObjectId = "00000000-0000-0000-0000-00000000000a" } };
        Assert.Equal(JsonSerializer.Serialize(expected, BotJson.Options), JsonSerializer.Serialize(stored, BotJson.Options));
        Assert.Equal("kept", stored.Properties!["somethingNew"].GetString());
        Assert.Equal(3, stored.Conversation!.Properties!["futureField"].GetProperty("nested").GetArrayLength());
        Assert.Null(stored.User!.Properties);
    }

    [Fact]
    public async Task GetAsync_NothingSaved_ReturnsNull() =>
        Assert.Null(await _store.GetAsync("tenant-1", "19:nothing@thread.tacv2", Ct));

    [Fact]
    public async Task SaveAsync_Twice_KeepsTheLatest()
    {
        var reference = NewReference();
        await _store.SaveAsync(reference, Ct);

        await _store.SaveAsync(reference with { ServiceUrl = "https://smba.trafficmanager.net/amer/" }, Ct);

        var stored = await _store.GetAsync("tenant-1", reference.Conversation!.Id!, Ct);
        Assert.Equal("https://smba.trafficmanager.net/amer/", stored!.ServiceUrl);
    }

    [Fact]
    public async Task GetAsync_WithAnotherTenant_ReturnsNull()
    {
        var reference = NewReference();
        await _store.SaveAsync(reference, Ct);

        Assert.Null(await _store.GetAsync("tenant-2", reference.Conversation!.Id!, Ct));
        Assert.Null(await _store.GetAsync(null, reference.Conversation!.Id!, Ct));
    }

    [Fact]
    public async Task SaveAsync_WithoutTenant_IsFoundWithoutTenant()
    {
        var reference = NewReference(tenantId: null);

        await _store.SaveAsync(reference, Ct);

        Assert.NotNull(await _store.GetAsync(null, reference.Conversation!.Id!, Ct));
        Assert.NotNull(await _store.GetAsync(string.Empty, reference.Conversation!.Id!, Ct));
        Assert.Null(await _store.GetAsync("~none", reference.Conversation!.Id!, Ct));
    }

    [Fact]
    public async Task SaveAsync_WithoutConversationId_IsRefused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _store.SaveAsync(new ConversationReference { ChannelId = "msteams" }, Ct));

    [Fact]
    public async Task SaveAsync_StoresRawIdsAndWhenItWasSaved()
    {
        var reference = NewReference(tenantId: "t/1");

        await _store.SaveAsync(reference, Ct);

        var entity = await storage.RawTable(TableNames.Conversations)
            .GetEntityAsync<ConversationReferenceEntity>("t!2F1", TableKey.Encode(reference.Conversation!.Id!), cancellationToken: Ct);
        Assert.Equal("t/1", entity.Value.TenantId);
        Assert.Equal(reference.Conversation.Id, entity.Value.ConversationId);
        Assert.Equal(TestMaps.Now, entity.Value.SavedAt);
    }

    [Theory]
    [MemberData(nameof(AwkwardIdIndexes))]
    public async Task AwkwardIds_AsTenantAndConversation_RoundTrip(int index)
    {
        var id = AwkwardIds.All[index];
        var reference = NewReference(tenantId: id, conversationId: id + "?conversation");

        await _store.SaveAsync(reference, Ct);
        var stored = await _store.GetAsync(id, id + "?conversation", Ct);

        Assert.NotNull(stored);
        Assert.Equal(id + "?conversation", stored.Conversation!.Id);
        Assert.Equal(id, stored.Conversation.TenantId);
    }

    public static TheoryData<int> AwkwardIdIndexes() => AwkwardIds.Indexes();
}
