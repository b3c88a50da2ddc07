using System.Security.Cryptography;

namespace JourneyBot.Journeys.Maps;

/// <summary>Short ids people can type: five characters without look-alikes (no 0/o, 1/l/i).</summary>
public static class MapIds
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 5);
}
