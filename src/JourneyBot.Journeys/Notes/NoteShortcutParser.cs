using System.Globalization;
using System.Text;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.Notes;

/// <summary>
/// Reads a note typed in one message, such as <c>red flag Purchase/Billing: card declined with no reason</c>.
/// Kind words are read in English and Chinese whatever the client's language, ignoring case.
/// </summary>
/// <remarks>
/// The grammar, where <c>place</c> is <c>Stage</c> or <c>Stage/Lane</c> (split at the last <c>/</c> or <c>／</c>),
/// and the place must be on the same line as the kind word:
/// <list type="bullet">
/// <item><c>kind place: text</c> for action, touchpoint, pain point, green flag, red flag, quote,
/// opportunity and evidence. The place ends at the first <c>:</c> or <c>：</c> of the first line, or at the
/// end of the first line when it has none (the text then starts on the next line).</item>
/// <item><c>emotion place score why</c>: the score is the first number standing on its own after the stage
/// (not glued to Latin letters or digits; CJK may touch it); -2..+2, signed with <c>+ - − – ＋ －</c>,
/// full-width digits allowed; colons around it are optional.</item>
/// <item><c>handoff Stage FromLane-&gt;ToLane: text</c> with <c>-&gt;</c>, <c>→</c>, <c>=&gt;</c>, <c>⇒</c>,
/// <c>＞</c> or, failing an arrow, the last word <c>to</c>/<c>到</c>; without a slash the from-lane is the
/// last word before the arrow, so a multi-word from-lane needs <c>Stage/From lane-&gt;To lane</c>.</item>
/// <item>A quote in quotation marks may be followed by <c>— Name</c>, <c>- Name</c> or <c>(Name)</c>;
/// a touchpoint's channel is a bracket at the very end, <c>(web)</c>; evidence may end with tags
/// <c>[survey]</c>, <c>[source: survey]</c>, <c>[validated]</c> (also <c>【访谈】【已验证】</c>).</item>
/// </list>
/// The parser does not know the map: stage and lane come back as typed, for <see cref="NameMatcher"/>.
/// </remarks>
public static class NoteShortcutParser
{
    private static readonly char[] Colons = [':', '\uFF1A'];
    private static readonly char[] Slashes = ['/', '\uFF0F'];

    /// <summary>Reads <paramref name="message"/> (the text after any @mention) as a note shortcut.</summary>
    public static NoteShortcutResult Parse(string? message)
    {
        var input = CleanInput(message);
        if (ReadKind(input) is not { } read)
        {
            return NoteShortcutResult.Failure(NoteShortcutError.NotAShortcut, null);
        }

        var rest = input[read.Length..];
        return read.Kind switch
        {
            NoteKind.Emotion => ParseEmotion(rest),
            NoteKind.Handoff => ParseHandoff(rest),
            _ => ParsePlaced(read.Kind, rest),
        };
    }

    private static NoteShortcutResult ParsePlaced(NoteKind kind, string rest)
    {
        var (place, body) = SplitAtPlace(rest);
        var (stage, lane) = StageAndLane(place);
        if (stage.Length == 0)
        {
            return NoteShortcutResult.Failure(NoteShortcutError.MissingStage, kind);
        }

        var shortcut = new NoteShortcut(kind, stage, lane, body.Trim());
        switch (kind)
        {
            case NoteKind.Quote:
                var (quoted, speaker) = QuoteSpeaker.Split(shortcut.Text);
                shortcut = shortcut with { Text = quoted, Speaker = speaker };
                break;
            case NoteKind.Touchpoint:
                var (text, channel) = TouchpointChannel.Split(shortcut.Text);
                shortcut = shortcut with { Text = text, Channel = channel };
                break;
            case NoteKind.Evidence:
                var (evidence, source, validated) = EvidenceTags.Split(shortcut.Text);
                shortcut = shortcut with { Text = evidence, Source = source, Validated = validated };
                break;
        }

        return Checked(shortcut);
    }

    private static NoteShortcutResult ParseEmotion(string rest)
    {
        var (firstLine, following) = SplitFirstLine(rest);
        var from = 0;
        while (NextNumber(firstLine, from) is { } number)
        {
            var before = firstLine[..number.Start].Trim().TrimEnd(Colons);
            if (MapText.CleanName(before).Length == 0)
            {
                // "emotion -2 slow" left the stage out; an unsigned number first is a stage position.
                if (number.Signed)
                {
                    return NoteShortcutResult.Failure(NoteShortcutError.MissingStage, NoteKind.Emotion);
                }

                from = number.End;
                continue;
            }

            var (stage, lane) = StageAndLane(before);
            if (stage.Length == 0)
            {
                return NoteShortcutResult.Failure(NoteShortcutError.MissingStage, NoteKind.Emotion);
            }

            if (number.Value is not (>= Note.MinScore and <= Note.MaxScore))
            {
                return NoteShortcutResult.Failure(NoteShortcutError.ScoreOutOfRange, NoteKind.Emotion);
            }

            var why = (firstLine[number.End..] + following).Trim().TrimStart(Colons).Trim();
            return Checked(new NoteShortcut(NoteKind.Emotion, stage, lane, why) { Score = number.Value });
        }

        return MapText.CleanName(firstLine).Length == 0
            ? NoteShortcutResult.Failure(NoteShortcutError.MissingStage, NoteKind.Emotion)
            : NoteShortcutResult.Failure(NoteShortcutError.MissingScore, NoteKind.Emotion);
    }

    private static NoteShortcutResult ParseHandoff(string rest)
    {
        var (place, body) = SplitAtPlace(rest);
        if (MapText.CleanName(place).Length == 0)
        {
            return NoteShortcutResult.Failure(NoteShortcutError.MissingStage, NoteKind.Handoff);
        }

        if (SplitAtArrow(place) is not var (left, right))
        {
            return NoteShortcutResult.Failure(NoteShortcutError.HandoffNeedsTwoLanes, NoteKind.Handoff);
        }

        var (stage, from) = StageAndFromLane(left);
        if (stage.Length == 0)
        {
            return NoteShortcutResult.Failure(NoteShortcutError.MissingStage, NoteKind.Handoff);
        }

        var to = MapText.CleanName(right);
        if (from.Length == 0 || to.Length == 0)
        {
            return NoteShortcutResult.Failure(NoteShortcutError.HandoffNeedsTwoLanes, NoteKind.Handoff);
        }

        return Checked(new NoteShortcut(NoteKind.Handoff, stage, from, body.Trim()) { ToLane = to });
    }

    private static NoteShortcutResult Checked(NoteShortcut shortcut)
    {
        if (shortcut.Text.Length == 0)
        {
            return NoteShortcutResult.Failure(NoteShortcutError.MissingText, shortcut.Kind);
        }

        if (shortcut.Text.Length > Note.MaxTextLength)
        {
            return NoteShortcutResult.Failure(NoteShortcutError.TextTooLong, shortcut.Kind);
        }

        if (shortcut.Speaker is { Length: > Note.MaxFieldLength } || shortcut.Channel is { Length: > Note.MaxFieldLength })
        {
            return NoteShortcutResult.Failure(NoteShortcutError.FieldTooLong, shortcut.Kind);
        }

        return NoteShortcutResult.Success(shortcut);
    }

    /// <summary>
    /// Line breaks as <c>\n</c>, tabs as spaces, other control characters dropped (as
    /// <see cref="NoteRules.CleanText"/> drops them), trimmed.
    /// </summary>
    private static string CleanInput(string? message)
    {
        var text = (message ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\n' or '\r':
                    builder.Append('\n');
                    break;
                case '\t':
                    builder.Append(' ');
                    break;
                case var _ when char.IsControl(ch):
                    break;
                default:
                    builder.Append(ch);
                    break;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>The kind word at the start of <paramref name="input"/> and how many characters it takes.</summary>
    private static (NoteKind Kind, int Length)? ReadKind(string input)
    {
        foreach (var (kind, word) in NoteWords.Kinds)
        {
            if (MatchLength(input, word) is { } length)
            {
                return (kind, length);
            }
        }

        return null;
    }

    private static int? MatchLength(string input, string word)
    {
        var i = 0;
        foreach (var ch in word)
        {
            if (ch == ' ')
            {
                // "red  flag" and "red\u00A0flag" (Teams sends non-breaking spaces) are "red flag"; a line
                // break is not, since the place must be on the first line.
                var start = i;
                while (i < input.Length && input[i] != '\n' && char.IsWhiteSpace(input[i]))
                {
                    i++;
                }

                if (i == start)
                {
                    return null;
                }
            }
            else if (i < input.Length && char.ToLowerInvariant(input[i]) == ch)
            {
                i++;
            }
            else
            {
                return null;
            }
        }

        // A Latin word must end at a word boundary ("redo" is not "red" + "o"); Chinese has no spaces,
        // so "痛点购买：..." is "痛点" + "购买".
        var ends = i == input.Length
            || !IsLatinLetterOrDigit(word[^1])
            || char.IsWhiteSpace(input[i])
            || Array.IndexOf(Colons, input[i]) >= 0
            || Array.IndexOf(Slashes, input[i]) >= 0;
        return ends ? i : null;
    }

    private static bool IsLatinLetterOrDigit(char ch) => ch < 128 && char.IsLetterOrDigit(ch);

    /// <summary>
    /// The place (stage and lane) and the text after it: the place ends at the first colon of the first
    /// line, or with the first line.
    /// </summary>
    private static (string Place, string Body) SplitAtPlace(string rest)
    {
        var (firstLine, following) = SplitFirstLine(rest);
        var colon = firstLine.IndexOfAny(Colons);
        return colon >= 0
            ? (firstLine[..colon], firstLine[(colon + 1)..] + following)
            : (firstLine, following);
    }

    /// <summary>The first line, and the rest including its leading line break.</summary>
    private static (string FirstLine, string Following) SplitFirstLine(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? (text, string.Empty) : (text[..newline], text[newline..]);
    }

    /// <summary>
    /// "Stage/Lane" split at the last slash, so a stage whose name holds a slash ("Support/Feedback") can
    /// still be given with a lane.
    /// </summary>
    private static (string Stage, string? Lane) StageAndLane(string place)
    {
        var slash = place.LastIndexOfAny(Slashes);
        if (slash < 0)
        {
            return (MapText.CleanName(place), null);
        }

        var lane = MapText.CleanName(place[(slash + 1)..]);
        return (MapText.CleanName(place[..slash]), lane.Length == 0 ? null : lane);
    }

    /// <summary>
    /// The stage and from-lane of a hand-off: "Stage/From lane", or else "Stage From" where the last
    /// word is the lane (so a multi-word from-lane needs the slash).
    /// </summary>
    private static (string Stage, string From) StageAndFromLane(string left)
    {
        if (left.LastIndexOfAny(Slashes) >= 0)
        {
            var (stage, lane) = StageAndLane(left);
            return (stage, lane ?? string.Empty);
        }

        var clean = MapText.CleanName(left);
        var space = clean.LastIndexOf(' ');
        return space < 0 ? (clean, string.Empty) : (clean[..space], clean[(space + 1)..]);
    }

    /// <summary>The two sides of the first arrow, or else of the last word "to".</summary>
    private static (string Left, string Right)? SplitAtArrow(string place)
    {
        var arrow = place.IndexOfAny(['>', '\uFF1E', '\u2192', '\u21D2']);
        if (arrow >= 0)
        {
            // "->", "=>", "－>" and "—>" are one arrow.
            var start = arrow > 0 && place[arrow - 1] is '-' or '=' or '\uFF0D' or '\u2014' or '\u2013' ? arrow - 1 : arrow;
            return (place[..start], place[(arrow + 1)..]);
        }

        var tokens = Tokens(place);
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (NoteWords.HandoffTo.Contains(place[tokens[i]], StringComparer.OrdinalIgnoreCase))
            {
                return (place[..tokens[i].Start], place[tokens[i].End..]);
            }
        }

        return null;
    }

    /// <summary>
    /// The next number standing on its own in <paramref name="line"/>, from <paramref name="from"/>: not
    /// glued to Latin letters or digits ("Step2", "v1.2", "2nd", "Use/2" are not scores), though CJK text
    /// may touch it, since Chinese is written without spaces ("使用-2安装要一天").
    /// </summary>
    private static (int Start, int End, int? Value, bool Signed)? NextNumber(string line, int from)
    {
        for (var i = from; i < line.Length; i++)
        {
            if (i > 0 && !MayPrecedeNumber(line[i - 1]))
            {
                continue;
            }

            var signed = ChatNumber.IsMinus(line[i]) || ChatNumber.IsPlus(line[i]);
            var digits = signed ? i + 1 : i;
            var end = digits;
            while (end < line.Length
                && (ChatNumber.Digit(line[end]) is not null
                    || (line[end] is '.' or ',' or '\uFF0E' && end > digits && end + 1 < line.Length && ChatNumber.Digit(line[end + 1]) is not null)))
            {
                end++;
            }

            if (end == digits || (end < line.Length && IsWordCharacter(line[end])))
            {
                continue;
            }

            ChatNumber.TryRead(line[i..end], out var value);
            return (i, end, value, signed);
        }

        return null;
    }

    private static bool MayPrecedeNumber(char ch) =>
        !IsWordCharacter(ch)
        && ch is not ('.' or ',' or '\uFF0E')
        && Array.IndexOf(Slashes, ch) < 0
        && !ChatNumber.IsMinus(ch)
        && !ChatNumber.IsPlus(ch);

    /// <summary>Digits and cased letters (Latin, Greek, Cyrillic...), which glue to a number; CJK characters do not.</summary>
    private static bool IsWordCharacter(char ch) =>
        char.IsDigit(ch)
        || ChatNumber.Digit(ch) is not null
        || (char.IsLetter(ch) && char.GetUnicodeCategory(ch) != UnicodeCategory.OtherLetter);

    /// <summary>The words of a line: runs of characters between spaces.</summary>
    private static List<Range> Tokens(string line)
    {
        var tokens = new List<Range>();
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var separator = i == line.Length || char.IsWhiteSpace(line[i]);
            if (!separator && start < 0)
            {
                start = i;
            }
            else if (separator && start >= 0)
            {
                tokens.Add(start..i);
                start = -1;
            }
        }

        return tokens;
    }
}
