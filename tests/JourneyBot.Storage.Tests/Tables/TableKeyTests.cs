using System.Text;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;

namespace JourneyBot.Storage.Tests.Tables;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("19:3f2c8a@thread.tacv2;messageid=1712345678901")]
    [InlineData("29:1AbCdEfG-hIj_KlMnOpQr=")]
    [InlineData("8a1e0b5c-6d4f-4c2b-9a7e-0f1d2c3b4a59")]
    [InlineData("中文 😀 Кириллица")]
    public void Encode_TeamsLikeIdWithoutForbiddenCharacters_IsUnchanged(string id) =>
        Assert.Equal(id, TableKey.Encode(id));

    [Theory]
    [InlineData("a/b", "a!2Fb")]
    [InlineData("a\\b", "a!5Cb")]
    [InlineData("a#b", "a!23b")]
    [InlineData("a?b", "a!3Fb")]
    [InlineData("it's", "it!27s")]
    [InlineData("100%", "100!25")]
    [InlineData("a|b", "a!7Cb")]
    [InlineData("a~b", "a!7Eb")]
    [InlineData("wow!", "wow!21")]
    [InlineData("\u0000\u001f\u007f\u0085\u009f", "!00!1F!7F!85!9F")]
    [InlineData("tab\tnew\nline", "tab!09new!0Aline")]
    public void Encode_CharacterThatIsForbiddenOrSpecial_IsEscapedReadably(string id, string expected) =>
        Assert.Equal(expected, TableKey.Encode(id));

    [Fact]
    public void Encode_LoneSurrogates_AreEscapedButPairsAreKept()
    {
        // Built here rather than in InlineData: xunit's theory serialization would mangle lone surrogates.
        Assert.Equal("a!uD800b", TableKey.Encode("a\ud800b"));
        Assert.Equal("a!uDC00b", TableKey.Encode("a\udc00b"));
        Assert.Equal("!uDC00!uD800", TableKey.Encode("\udc00\ud800"));
        Assert.Equal("x😀", TableKey.Encode("x\ud83d\ude00"));
    }

    [Fact]
    public void Encode_EmptyId_IsEmptyKey() => Assert.Equal(string.Empty, TableKey.Encode(string.Empty));

    [Fact]
    public void Encode_IdThatLooksLikeAnEscape_DoesNotCollideWithTheEscapedCharacter()
    {
        Assert.Equal("!212F", TableKey.Encode("!2F"));
        Assert.NotEqual(TableKey.Encode("/"), TableKey.Encode("!2F"));
    }

    [Theory]
    [MemberData(nameof(AwkwardIdIndexes))]
    public void Encode_AwkwardId_IsAValidKeyWithinTheLengthLimit(int index)
    {
        var key = TableKey.Encode(AwkwardIds.All[index]);

        Assert.DoesNotContain(key, TableKey.IsForbidden);
        Assert.Empty(LoneSurrogates(key));
        Assert.InRange(Encoding.UTF8.GetByteCount(key), 0, TableKey.MaxLength);
        Assert.DoesNotContain('\'', key);
    }

    [Theory]
    [MemberData(nameof(AwkwardIdIndexes))]
    public void Encode_SameIdTwice_GivesTheSameKey(int index)
    {
        var id = AwkwardIds.All[index];

        Assert.Equal(TableKey.Encode(id), TableKey.Encode(new string(id.AsSpan())));
    }

    [Fact]
    public void Encode_IdAtTheLimit_IsKeptReadable()
    {
        var id = new string('x', TableKey.MaxLength);

        Assert.Equal(id, TableKey.Encode(id));
    }

    [Fact]
    public void Encode_IdJustOverTheLimit_IsHashedWithReadablePrefix()
    {
        var key = TableKey.Encode(new string('x', TableKey.MaxLength + 1));

        var marker = key.IndexOf(TableKey.HashMarker, StringComparison.Ordinal);
        Assert.True(marker > 0, key);
        Assert.All(key[..marker], ch => Assert.Equal('x', ch));
        Assert.Matches("^[0-9a-f]{64}$", key[(marker + 1)..]);
    }

    [Fact]
    public void Encode_TwoThousandCharacterIds_DifferingOnlyInTheLastCharacter_DoNotCollide()
    {
        var prefix = new string('a', 1999);

        var first = TableKey.Encode(prefix + "1");
        var second = TableKey.Encode(prefix + "2");

        Assert.NotEqual(first, second);
        Assert.InRange(first.Length, 1, TableKey.MaxLength);
    }

    [Fact]
    public void Encode_ShortIdThatEscapesBeyondTheLimit_IsHashed()
    {
        // 200 characters, 600 once escaped.
        var key = TableKey.Encode(new string('/', 200));

        Assert.Contains(TableKey.HashMarker, key);
        Assert.StartsWith("!2F!2F", key, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(key), 0, TableKey.MaxLength);
    }

    [Fact]
    public void Encode_CjkIdLongInUtf8Bytes_IsHashedWithoutSplittingCharacters()
    {
        // 200 characters but 600 UTF-8 bytes.
        var key = TableKey.Encode(string.Concat(Enumerable.Repeat("中", 100)) + string.Concat(Enumerable.Repeat("😀", 50)));

        Assert.Contains(TableKey.HashMarker, key);
        Assert.InRange(Encoding.UTF8.GetByteCount(key), 0, TableKey.MaxLength);
        Assert.Empty(LoneSurrogates(key));
    }

    [Fact]
    public void Encode_HashedPrefix_NeverEndsInsideAnEscape()
    {
        for (var padding = 0; padding < 6; padding++)
        {
            var key = TableKey.Encode(new string('x', padding) + new string('#', 400));

            var prefix = key[..key.IndexOf(TableKey.HashMarker, StringComparison.Ordinal)];
            Assert.Matches("^x*(!23)+$", prefix);
        }
    }

    [Fact]
    public void Encode_ManyDistinctIds_GiveDistinctKeys()
    {
        var random = new Random(20260302);
        const string alphabet = "ab!~|'%/\\#?:;@=\u0000\u007f\u0085中😀";
        var ids = new HashSet<string>(AwkwardIds.All, StringComparer.Ordinal);
        while (ids.Count < 20_000)
        {
            var length = random.Next(0, random.Next(2) == 0 ? 12 : 700);
            var builder = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            ids.Add(builder.ToString());
        }

        var keys = ids.Select(TableKey.Encode).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(ids.Count, keys.Count);
    }

    [Fact]
    public void Compose_PairsThatConcatenateToTheSameText_GiveDistinctKeys()
    {
        Assert.NotEqual(TableKey.Compose("a|b", "c"), TableKey.Compose("a", "b|c"));
        Assert.Equal("tenant|19:x@thread.tacv2", TableKey.Compose("tenant", "19:x@thread.tacv2"));
    }

    [Fact]
    public void Compose_LongParts_IsHashedWithinTheLimit()
    {
        var key = TableKey.Compose(new string('t', 300), new string('c', 300));

        Assert.Contains(TableKey.HashMarker, key);
        Assert.InRange(key.Length, 1, TableKey.MaxLength);
        Assert.NotEqual(key, TableKey.Compose(new string('t', 301), new string('c', 299)));
    }

    [Fact]
    public void Compose_ThreeShortParts_IsTheTwoPartKeyAndTheThirdPart()
    {
        Assert.Equal(TableKey.Compose("t", "19:c") + "|" + TableKey.Encode("m/1"), TableKey.Compose("t", "19:c", "m/1"));
        Assert.NotEqual(TableKey.Compose("t", "a|b", "c"), TableKey.Compose("t", "a", "b|c"));
    }

    [Fact]
    public void Compose_ThreeLongParts_IsHashedAsAWholeWithinTheLimit()
    {
        var key = TableKey.Compose(new string('t', 480), new string('c', 480), "map");

        Assert.Contains(TableKey.HashMarker, key);
        Assert.InRange(Encoding.UTF8.GetByteCount(key), 1, TableKey.MaxLength);
        Assert.NotEqual(key, TableKey.Compose(new string('t', 480), new string('c', 480), "map2"));
    }

    public static TheoryData<int> AwkwardIdIndexes() => AwkwardIds.Indexes();

    private static List<char> LoneSurrogates(string text)
    {
        var lone = new List<char>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                lone.Add(text[i]);
            }
        }

        return lone;
    }
}
