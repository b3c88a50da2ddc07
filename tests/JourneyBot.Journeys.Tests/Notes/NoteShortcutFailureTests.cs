using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Notes;

namespace JourneyBot.Journeys.Tests.Notes;

/// <summary>Every reason a message is refused, with the kind word recognised so the reply can show its form.</summary>
public sealed class NoteShortcutFailureTests
{
    private static void AssertRefused(string? message, NoteShortcutError error, NoteKind? kind)
    {
        var result = NoteShortcutParser.Parse(message);

        Assert.False(result.Succeeded);
        Assert.Null(result.Shortcut);
        Assert.Equal(error, result.Error);
        Assert.Equal(kind, result.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hello there")]
    [InlineData("maps")]
    [InlineData("redo Purchase: again")]
    [InlineData("painful Purchase: yes")]
    [InlineData("quotes Use: \"x\"")]
    [InlineData("note Purchase: something")]
    [InlineData("使用 旅程A")]
    public void A_message_not_starting_with_a_kind_word_is_not_a_shortcut(string? message) =>
        AssertRefused(message, NoteShortcutError.NotAShortcut, null);

    [Theory]
    [InlineData("pain", NoteKind.PainPoint)]
    [InlineData("pain: too many fields", NoteKind.PainPoint)]
    [InlineData("pain /Customer: too many fields", NoteKind.PainPoint)]
    [InlineData("red flag   :  broken", NoteKind.RedFlag)]
    [InlineData("痛点：字段太多", NoteKind.PainPoint)]
    [InlineData("quote: \"x\"", NoteKind.Quote)]
    [InlineData("emotion", NoteKind.Emotion)]
    [InlineData("emotion -2 slow", NoteKind.Emotion)]
    [InlineData("emotion : -2 slow", NoteKind.Emotion)]
    [InlineData("emotion /Customer -2 slow", NoteKind.Emotion)]
    [InlineData("情绪 －２ 太慢", NoteKind.Emotion)]
    [InlineData("handoff", NoteKind.Handoff)]
    [InlineData("handoff ->Onboarding: x", NoteKind.Handoff)]
    [InlineData("handoff /Sales->Onboarding: x", NoteKind.Handoff)]
    public void A_shortcut_without_a_stage_is_refused(string message, NoteKind kind) =>
        AssertRefused(message, NoteShortcutError.MissingStage, kind);

    [Theory]
    [InlineData("pain Purchase", NoteKind.PainPoint)]
    [InlineData("pain Purchase:", NoteKind.PainPoint)]
    [InlineData("pain Purchase:   \n  ", NoteKind.PainPoint)]
    [InlineData("pain Purchase too many fields", NoteKind.PainPoint)]
    [InlineData("痛点 购买：", NoteKind.PainPoint)]
    [InlineData("quote Use: \"\" — Ann", NoteKind.Quote)]
    [InlineData("touchpoint Use: (web)", NoteKind.Touchpoint)]
    [InlineData("evidence Use: [survey] [validated]", NoteKind.Evidence)]
    [InlineData("emotion Use -2", NoteKind.Emotion)]
    [InlineData("emotion Use -2:", NoteKind.Emotion)]
    [InlineData("handoff Purchase Sales->Onboarding", NoteKind.Handoff)]
    public void A_shortcut_without_text_is_refused(string message, NoteKind kind) =>
        AssertRefused(message, NoteShortcutError.MissingText, kind);

    [Theory]
    [InlineData("emotion Use")]
    [InlineData("emotion Use slow")]
    [InlineData("emotion Use: slow")]
    [InlineData("emotion Step2 slow")]
    [InlineData("emotion Use-2 slow")]
    [InlineData("emotion 2 slow")]
    [InlineData("情绪 使用 太慢")]
    public void An_emotion_without_a_score_is_refused(string message) =>
        AssertRefused(message, NoteShortcutError.MissingScore, NoteKind.Emotion);

    [Theory]
    [InlineData("emotion Use 3 great")]
    [InlineData("emotion Use -5 awful")]
    [InlineData("emotion Use +10 wow")]
    [InlineData("emotion Use 1.5 fine")]
    [InlineData("emotion Use 99999999999 overflow")]
    [InlineData("情绪 使用 ３ 很好")]
    public void An_emotion_score_outside_minus_two_to_plus_two_is_refused(string message) =>
        AssertRefused(message, NoteShortcutError.ScoreOutOfRange, NoteKind.Emotion);

    [Theory]
    [InlineData("handoff Purchase: order")]
    [InlineData("handoff Purchase Sales: order")]
    [InlineData("handoff Sales->Onboarding: order")]
    [InlineData("handoff Purchase Sales->: order")]
    [InlineData("handoff Purchase Sales to: order")]
    [InlineData("handoff Purchase/->Onboarding: order")]
    [InlineData("交接 购买 销售：订单")]
    public void A_handoff_without_two_lanes_is_refused(string message) =>
        AssertRefused(message, NoteShortcutError.HandoffNeedsTwoLanes, NoteKind.Handoff);

    [Fact]
    public void Text_longer_than_a_note_allows_is_refused()
    {
        AssertRefused("pain Use: " + new string('x', Note.MaxTextLength + 1), NoteShortcutError.TextTooLong, NoteKind.PainPoint);
        AssertRefused("emotion Use -1 " + new string('x', Note.MaxTextLength + 1), NoteShortcutError.TextTooLong, NoteKind.Emotion);
    }

    [Fact]
    public void Text_of_exactly_the_longest_length_is_read()
    {
        var text = new string('x', Note.MaxTextLength);

        Assert.Equal(text, NoteShortcutParser.Parse($"pain Use:   {text}   ").Shortcut?.Text);
    }

    [Fact]
    public void A_speaker_or_channel_longer_than_a_field_allows_is_refused()
    {
        var longName = new string('n', Note.MaxFieldLength + 1);

        AssertRefused($"quote Use: \"slow\" — {longName}", NoteShortcutError.FieldTooLong, NoteKind.Quote);
        AssertRefused($"touchpoint Use: page ({longName})", NoteShortcutError.FieldTooLong, NoteKind.Touchpoint);
    }

    [Fact]
    public void A_failure_always_has_a_reason() =>
        Assert.Throws<ArgumentException>(() => NoteShortcutResult.Failure(NoteShortcutError.None, null));
}
