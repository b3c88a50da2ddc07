using JourneyBot.BotKit.Authentication;
using JourneyBot.BotKit.Schema;
using Microsoft.Extensions.Options;
using System.Text.Json.Nodes;

namespace JourneyBot.BotKit.Tests.Authentication;

public sealed class TenantAllowListTests
{
    [Fact]
    public void Without_a_list_every_tenant_and_no_tenant_are_served()
    {
        var list = AllowList();

        Assert.False(list.IsRestricted);
        Assert.True(list.IsAllowed("any-tenant"));
        Assert.True(list.IsAllowed(null));
    }

    [Fact]
    public void With_a_list_only_listed_tenants_are_served_ignoring_case()
    {
        var list = AllowList("AAAAAAAA-1111-2222-3333-444444444444", "contoso");

        Assert.True(list.IsRestricted);
        Assert.True(list.IsAllowed("aaaaaaaa-1111-2222-3333-444444444444"));
        Assert.True(list.IsAllowed("contoso"));
        Assert.False(list.IsAllowed("fabrikam"));
        Assert.False(list.IsAllowed(null));
        Assert.False(list.IsAllowed(" "));
    }

    [Fact]
    public void An_empty_entry_fails_start_up_even_in_anonymous_mode()
    {
        var options = new BotAuthenticationOptions();
        options.AllowedTenants.Add(" ");

        var result = new BotAuthenticationOptionsValidator(isDevelopment: true, "Development").Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Bot:AllowedTenants", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_names_its_tenants_from_channel_data_and_conversation()
    {
        var activity = new Activity
        {
            Conversation = new ConversationAccount { Id = "c", TenantId = "from-conversation" },
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "from-channel-data" } },
        };

        Assert.Equal(["from-channel-data", "from-conversation"], TeamsChannelData.TenantIds(activity));
        Assert.Empty(TeamsChannelData.TenantIds(new Activity { Conversation = new ConversationAccount { Id = "c" } }));
    }

    private static TenantAllowList AllowList(params string[] tenants)
    {
        var options = new BotAuthenticationOptions();
        foreach (var tenant in tenants)
        {
            options.AllowedTenants.Add(tenant);
        }

        return new TenantAllowList(new StaticMonitor(options));
    }

    private sealed class StaticMonitor(BotAuthenticationOptions value) : IOptionsMonitor<BotAuthenticationOptions>
    {
        public BotAuthenticationOptions CurrentValue => value;

        public BotAuthenticationOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<BotAuthenticationOptions, string?> listener) => null;
    }
}
