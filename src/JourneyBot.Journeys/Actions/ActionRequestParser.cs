using System.Text.RegularExpressions;
using JourneyBot.Domain.Actions;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Actions;

/// <summary>
/// Reads what follows <c>action</c> (or <c>行动项</c>), keywords in English or Chinese whatever the client's language:
/// <list type="bullet">
/// <item><c>&lt;id&gt;</c> alone shows an item; <c>&lt;id&gt; open|doing|done</c>, <c>&lt;id&gt; owner @someone</c>, <c>&lt;id&gt; due &lt;date&gt;</c> change an item;</item>
/// <item><c>from &lt;note id&gt;</c> alone makes the note an action;</item>
/// <item>anything else is a new action: its text with optional clauses <c>owner @someone</c>, <c>due &lt;date&gt;</c>
/// (everything up to the next clause or the end) and <c>from &lt;note id&gt;</c>, in any order.</item>
/// </list>
/// </summary>
public static class ActionRequestParser
{
    private const char Boundary = '\u001F';

    private static readonly Regex MentionMarkup = new("<at>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex ItemCommand = new(@"^`?(?<id>a[a-z2-9]{4})`?\s*[:：]?\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex OwnerClause = Clause(TextKeys.WordsActionOwner, @"\s*[:：]?\s*(?<m><at>.*?</at>)");
    private static readonly Regex FromClause = Clause(TextKeys.WordsActionFrom, @"\s*[:：]?\s*`?(?<id>[a-z0-9]{4})`?(?![A-Za-z0-9])");
    private static readonly Regex FromAlone = new("^" + Words(TextKeys.WordsActionFrom) + @"\s*[:：]?\s*`?(?<id>[a-z0-9]{1,20})`?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex DueClause = Clause(TextKeys.WordsActionDue, @"\s*[:：]?\s*(?<d>[^\u001F]*)");

    public static ActionRequest Parse(string? argument)
    {
        var text = (argument ?? string.Empty).Trim();
        if (MapText.CleanName(MentionMarkup.Replace(text, " ")).Length == 0)
        {
            return new ActionRequest(ActionRequestKind.Usage);
        }

        if (ActionIds.LooksLikeId(text))
        {
            return new ActionRequest(ActionRequestKind.Show, ActionIds.Normalize(text));
        }

        if (ItemCommand.Match(text) is { Success: true } item && ItemChange(item.Groups["id"].Value.ToLowerInvariant(), item.Groups["rest"].Value.Trim()) is { } change)
        {
            return change;
        }

        if (FromAlone.Match(text) is { Success: true } alone)
        {
            return new ActionRequest(ActionRequestKind.FromNote, FromNoteId: alone.Groups["id"].Value.ToLowerInvariant());
        }

        string? owner = null;
        if (OwnerClause.Match(text) is { Success: true } ownerMatch)
        {
            owner = ownerMatch.Groups["m"].Value;
            text = Cut(text, ownerMatch);
        }

        string? from = null;
        if (LastMatch(FromClause, text) is { } fromMatch)
        {
            from = fromMatch.Groups["id"].Value.ToLowerInvariant();
            text = Cut(text, fromMatch);
        }

        string? due = null;
        if (LastMatch(DueClause, text) is { } dueMatch)
        {
            due = dueMatch.Groups["d"].Value.Trim();
            text = Cut(text, dueMatch);
        }

        var clean = MapText.CleanName(MentionMarkup.Replace(text.Replace(Boundary, ' '), m => m.Groups[1].Value));
        return clean.Length == 0
            ? new ActionRequest(ActionRequestKind.Usage)
            : new ActionRequest(ActionRequestKind.Create, Text: clean, OwnerMention: owner, DueText: due, FromNoteId: from);
    }

    private static ActionRequest? ItemChange(string id, string rest)
    {
        foreach (var (key, status) in new[] { (TextKeys.WordsStatusOpen, ActionStatus.Open), (TextKeys.WordsStatusDoing, ActionStatus.Doing), (TextKeys.WordsStatusDone, ActionStatus.Done) })
        {
            if (BotText.WordsInAllLanguages(key).Any(w => NameComparer.Same(w, rest)))
            {
                return new ActionRequest(ActionRequestKind.SetStatus, id, Status: status);
            }
        }

        if (Regex.Match(rest, "^" + Words(TextKeys.WordsActionOwner) + @"(?![A-Za-z])\s*[:：]?\s*(?<m>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline) is { Success: true } owner)
        {
            var mention = MentionMarkup.Match(owner.Groups["m"].Value);
            return new ActionRequest(ActionRequestKind.SetOwner, id, OwnerMention: mention.Success ? mention.Value : null);
        }

        if (Regex.Match(rest, "^" + Words(TextKeys.WordsActionDue) + @"(?![A-Za-z])\s*[:：]?\s*(?<d>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline) is { Success: true } due)
        {
            return new ActionRequest(ActionRequestKind.SetDue, id, DueText: due.Groups["d"].Value.Trim());
        }

        return null;
    }

    /// <summary>The text with the clause replaced by a boundary, so the due clause stops where another clause was.</summary>
    private static string Cut(string text, Match match) => text[..match.Index] + Boundary + text[(match.Index + match.Length)..];

    private static Match? LastMatch(Regex regex, string text) => regex.Matches(text).LastOrDefault();

    /// <summary>A clause: one of the words (not glued to Latin letters or digits before it, nor to Latin letters after it), then <paramref name="tail"/>.</summary>
    private static Regex Clause(string wordsKey, string tail) =>
        new(@"(?<![A-Za-z0-9])" + Words(wordsKey) + @"(?![A-Za-z])" + tail, RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static string Words(string wordsKey) =>
        "(?:" + string.Join('|', BotText.WordsInAllLanguages(wordsKey).OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
}
