namespace JourneyBot.TestSupport.Playground;

/// <summary>A chat of the Playground: the personal chat with the bot or a group chat.</summary>
/// <param name="Members">User ids besides the current user (group chats only).</param>
public sealed record PlaygroundChat(string Id, string Name, IReadOnlyList<string>? Members = null);
