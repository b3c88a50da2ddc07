namespace JourneyBot.BotKit.Dialogs;

/// <summary>The dialogs a bot knows, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        foreach (var dialog in dialogs)
        {
            if (!_dialogs.TryAdd(dialog.Id, dialog))
            {
                throw new ArgumentException($"Two dialogs share the id '{dialog.Id}'.", nameof(dialogs));
            }
        }
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
