namespace JourneyBot.Domain.Actions;

/// <summary>An action item that breaks a rule; nothing was stored.</summary>
public sealed class ActionItemRuleException(ActionItemRule rule) : Exception($"Action item rule broken: {rule}.")
{
    public ActionItemRule Rule { get; } = rule;
}
