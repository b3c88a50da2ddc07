using System.Security.Cryptography;

namespace JourneyBot.Journeys.Contributions;

/// <summary>Short note ids people can type after <c>edit</c> or <c>undo</c>: four characters without look-alikes.</summary>
public static class NoteIds
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 4);
}
