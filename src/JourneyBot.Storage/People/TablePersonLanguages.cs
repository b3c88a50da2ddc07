using System.Collections.Concurrent;
using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.People;

/// <summary>
/// People's language choices in the people table, with an in-process memory so that a turn seldom pays a table
/// transaction for them: an answer read from the table is used for <see cref="Freshness"/>, and a choice made on this
/// instance replaces the remembered one at once. Another instance sees a change within <see cref="Freshness"/>.
/// </summary>
internal sealed class TablePersonLanguages(StorageTables tables, TimeProvider timeProvider) : IPersonLanguages
{
    /// <summary>How long an answer read from the table is used before it is read again.</summary>
    internal static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);

    /// <summary>People remembered at most; past it the memory starts afresh (a few reads, nothing lost).</summary>
    internal const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<(string Tenant, string User), Remembered> _memory = new();

    public async Task<string?> GetAsync(string tenantId, string userId, CancellationToken cancellationToken)
    {
        var key = Key(tenantId, userId);
        var now = timeProvider.GetUtcNow();
        if (_memory.TryGetValue(key, out var remembered) && now - remembered.At < Freshness)
        {
            return remembered.Language;
        }

        var response = await tables.RunAsync(
            TableNames.People,
            (table, ct) => table.GetEntityIfExistsAsync<PersonEntity>(TableKey.Encode(key.Tenant), TableKey.Encode(key.User), cancellationToken: ct),
            cancellationToken);
        var language = response.HasValue && response.Value is { Language.Length: > 0 } entity ? entity.Language : null;
        Remember(key, language, now);
        return language;
    }

    public async Task SetAsync(string tenantId, string userId, string? language, CancellationToken cancellationToken)
    {
        var key = Key(tenantId, userId);
        var now = timeProvider.GetUtcNow();
        var entity = new PersonEntity
        {
            PartitionKey = TableKey.Encode(key.Tenant),
            RowKey = TableKey.Encode(key.User),
            TenantId = key.Tenant,
            UserId = key.User,
            Language = string.IsNullOrEmpty(language) ? null : language,
            UpdatedAt = now,
        };

        // The last choice wins: an unconditional upsert, so sending the same choice twice is harmless.
        await tables.RunAsync(TableNames.People, (table, ct) => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct), cancellationToken);
        Remember(key, entity.Language, now);
    }

    private void Remember((string Tenant, string User) key, string? language, DateTimeOffset at)
    {
        if (_memory.Count >= MaxRemembered)
        {
            _memory.Clear();
        }

        _memory[key] = new Remembered(language, at);
    }

    private static (string Tenant, string User) Key(string tenantId, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return (tenantId, userId);
    }

    private sealed record Remembered(string? Language, DateTimeOffset At);
}
