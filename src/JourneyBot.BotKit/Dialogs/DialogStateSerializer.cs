using System.Text.Json;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Dialogs;

/// <summary>Reads and writes the stored dialog stack; an unreadable document counts as no dialog.</summary>
internal static class DialogStateSerializer
{
    public static DialogState Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new DialogState();
        }

        try
        {
            return JsonSerializer.Deserialize<DialogState>(json, BotJson.Options) ?? new DialogState();
        }
        catch (JsonException)
        {
            return new DialogState();
        }
    }

    public static string Write(DialogState state) => JsonSerializer.Serialize(state, BotJson.Options);
}
