using System.Text.Json.Nodes;

namespace JourneyBot.BotKit.Dialogs;

/// <summary>The persisted dialog stack of one user in one conversation; the last entry is active.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
}

/// <summary>One running dialog and its own state.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    public JsonObject State { get; set; } = [];
}
