namespace JourneyBot.TestSupport.Playground;

/// <summary>A user of the Playground's mock tenant (the config file spells it <c>userPrincipleName</c>).</summary>
public sealed record PlaygroundUser(
    string Id,
    string Name,
    string? UserPrincipleName = null,
    string? AadObjectId = null,
    string? GivenName = null,
    string? Surname = null,
    string? Email = null);
