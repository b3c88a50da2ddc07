namespace JourneyBot.TestSupport.Playground;

/// <summary>The bot as the Playground knows it: the id it sends as <c>recipient.id</c> and its display name.</summary>
public sealed record PlaygroundBot(string Id, string Name)
{
    /// <summary>The mention markup the Teams client puts into a message's text.</summary>
    public string MentionText => $"<at>{Name}</at>";
}
