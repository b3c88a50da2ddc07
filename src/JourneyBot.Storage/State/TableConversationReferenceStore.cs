using System.Text.Json;
using Azure.Data.Tables;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.State;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.State;

/// <summary>
/// Conversation references in the conversations table: PartitionKey is the encoded tenant id (or
/// <see cref="NoTenantPartition"/>), RowKey the encoded conversation id. The reference is kept as
/// JSON written with <see cref="BotJson.Options"/>, so fields this bot does not model survive, except on people:
/// of the user and the bot only the id, name, AAD object id and role are stored (Teams may add an email,
/// a user principal name, given name and surname, which the bot has no business keeping).
/// </summary>
internal sealed class TableConversationReferenceStore(StorageTables tables, TimeProvider timeProvider) : IConversationReferenceStore
{
    /// <summary>
    /// The partition of references without a tenant (non-Teams channels). It starts with the hash
    /// marker, which no encoded id does, so it cannot be mistaken for a tenant.
    /// </summary>
    internal const string NoTenantPartition = "~none";

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversationId = reference.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new ArgumentException("A conversation reference needs a conversation id to be saved.", nameof(reference));
        }

        var tenantId = reference.Conversation!.TenantId;
        reference = reference with { User = IdentityOnly(reference.User), Bot = IdentityOnly(reference.Bot) };
        var entity = new ConversationReferenceEntity
        {
            PartitionKey = Partition(tenantId),
            RowKey = TableKey.Encode(conversationId),
            TenantId = tenantId,
            ConversationId = conversationId,
            Json = TextColumns.EnsureFits(Serialize(reference), $"The conversation reference of '{conversationId}'"),
            SavedAt = timeProvider.GetUtcNow(),
        };
        return tables.RunAsync(
            TableNames.Conversations,
            (table, ct) => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct),
            cancellationToken);
    }

    /// <summary>
    /// The reference as JSON, with the fields this bot does not model; without them when they would not fit in
    /// one column (a channel never sends that much, a forged activity may).
    /// </summary>
    private static string Serialize(ConversationReference reference)
    {
        var json = JsonSerializer.Serialize(reference, BotJson.Options);
        return json.Length <= TextColumns.MaxChunkLength
            ? json
            : JsonSerializer.Serialize(
                reference with
                {
                    Properties = null,
                    User = reference.User is null ? null : reference.User with { Properties = null },
                    Bot = reference.Bot is null ? null : reference.Bot with { Properties = null },
                    Conversation = reference.Conversation is null ? null : reference.Conversation with { Properties = null },
                },
                BotJson.Options);
    }

    public async Task<ConversationReference?> GetAsync(string? tenantId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var partition = Partition(tenantId);
        var row = TableKey.Encode(conversationId);
        var response = await tables.RunAsync(
            TableNames.Conversations,
            (table, ct) => table.GetEntityIfExistsAsync<ConversationReferenceEntity>(partition, row, cancellationToken: ct),
            cancellationToken);
        return response.HasValue && response.Value is { } entity
            ? JsonSerializer.Deserialize<ConversationReference>(entity.Json, BotJson.Options)
            : null;
    }

    private static ChannelAccount? IdentityOnly(ChannelAccount? person) => person is null
        ? null
        : new ChannelAccount { Id = person.Id, Name = person.Name, AadObjectId = person.AadObjectId, Role = person.Role };

    private static string Partition(string? tenantId) =>
        string.IsNullOrEmpty(tenantId) ? NoTenantPartition : TableKey.Encode(tenantId);
}
