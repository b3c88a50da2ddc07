using System.Diagnostics.CodeAnalysis;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.Notes;

/// <summary>
/// The outcome of reading a message as a note shortcut: the <see cref="Shortcut"/>, or the
/// <see cref="Error"/> plus the <see cref="Kind"/> word that was recognised (so the reply can show
/// the form for that kind).
/// </summary>
public sealed record NoteShortcutResult
{
    private NoteShortcutResult(NoteShortcut? shortcut, NoteShortcutError error, NoteKind? kind)
    {
        Shortcut = shortcut;
        Error = error;
        Kind = kind;
    }

    public NoteShortcut? Shortcut { get; }

    /// <summary><see cref="NoteShortcutError.None"/> when the message was read.</summary>
    public NoteShortcutError Error { get; }

    /// <summary>The kind word the message starts with; null only for <see cref="NoteShortcutError.NotAShortcut"/>.</summary>
    public NoteKind? Kind { get; }

    [MemberNotNullWhen(true, nameof(Shortcut))]
    public bool Succeeded => Shortcut is not null;

    public static NoteShortcutResult Success(NoteShortcut shortcut)
    {
        ArgumentNullException.ThrowIfNull(shortcut);
        return new NoteShortcutResult(shortcut, NoteShortcutError.None, shortcut.Kind);
    }

    public static NoteShortcutResult Failure(NoteShortcutError error, NoteKind? kind) =>
        error == NoteShortcutError.None
            ? throw new ArgumentException("A failure needs a reason.", nameof(error))
            : new NoteShortcutResult(null, error, kind);
}
