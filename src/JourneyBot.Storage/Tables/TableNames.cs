namespace JourneyBot.Storage.Tables;

/// <summary>The tables of the bot, before <see cref="TableStorageOptions.TablePrefix"/> is applied.</summary>
internal static class TableNames
{
    public const string Maps = "maps";
    public const string Notes = "notes";
    public const string Actions = "actions";
    public const string DialogState = "dialogstate";
    public const string Conversations = "conversations";
    public const string Activities = "activities";
    public const string Reminders = "reminders";
    public const string Reviews = "reviews";
    public const string Snapshots = "snapshots";
    public const string Submissions = "submissions";
    public const string People = "people";

    /// <summary>All of them; the longest decides how long a prefix may be.</summary>
    public static IReadOnlyList<string> All { get; } = [Maps, Notes, Actions, DialogState, Conversations, Activities, Reminders, Reviews, Snapshots, Submissions, People];

    /// <summary>Table Storage's limit on a table name.</summary>
    public const int MaxTableNameLength = 63;

    /// <summary>The longest prefix that keeps every table name within <see cref="MaxTableNameLength"/>.</summary>
    public static int MaxPrefixLength => MaxTableNameLength - All.Max(name => name.Length);
}
