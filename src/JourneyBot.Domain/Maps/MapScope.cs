namespace JourneyBot.Domain.Maps;

/// <summary>
/// Where a map lives and who may see it: a tenant plus a team (for Teams channels) or a
/// conversation (group chat, personal chat).
/// </summary>
public sealed record MapScope(string TenantId, string Container)
{
    public override string ToString() => $"{TenantId}|{Container}";
}
