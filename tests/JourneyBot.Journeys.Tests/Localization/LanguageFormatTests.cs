using JourneyBot.BotKit.Schema;
using JourneyBot.Journeys.Commands;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Tests.Localization;

/// <summary>Dates and numbers in each language's style and the map's time zone; commands in both languages.</summary>
public sealed class LanguageFormatTests
{
    // 23:30 UTC on Sunday 22 November is already Monday 23 November in Shanghai.
    private static readonly DateTimeOffset LateSunday = new(2026, 11, 22, 23, 30, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void Dates_and_times_follow_the_language_and_the_maps_time_zone()
    {
        Assert.Equal("22 Nov 2026", BotText.Date(BotText.English, LateSunday, null));
        Assert.Equal("23 Nov 2026", BotText.Date(BotText.English, LateSunday, Shanghai));
        Assert.Equal("2026年11月23日", BotText.Date(BotText.SimplifiedChinese, LateSunday, Shanghai));
        Assert.Equal("23 Nov 2026, 07:30", BotText.DateTime(BotText.English, LateSunday, Shanghai));
        Assert.Equal("2026年11月23日 07:30", BotText.DateTime(BotText.SimplifiedChinese, LateSunday, Shanghai));
        Assert.Equal("2026年12月1日", BotText.Date(BotText.SimplifiedChinese, new DateOnly(2026, 12, 1)));
        Assert.Equal("1,234,567", BotText.Number(BotText.English, 1_234_567));
        Assert.Equal("1,234,567", BotText.Number(BotText.SimplifiedChinese, 1_234_567));
    }

    [Theory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("ZH-tw", "zh-Hans")]
    [InlineData("en-GB", "en")]
    [InlineData("fr-FR", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Only_the_languages_the_bot_speaks_are_taken_from_a_locale(string? locale, string? expected) =>
        Assert.Equal(expected, BotText.SupportedCultureOf(locale)?.Name);

    [Fact]
    public void A_person_choice_beats_client_info_which_beats_the_activity_locale_which_beats_the_map_default()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Locale = "en-US",
            Entities = [new Entity { Type = "clientInfo", Properties = new() { ["locale"] = System.Text.Json.JsonSerializer.SerializeToElement("zh-CN") } }],
        };

        Assert.Equal((BotText.English, LanguageSource.PersonChoice), TurnLanguage.For(activity, "en").Resolved);
        Assert.Equal((BotText.SimplifiedChinese, LanguageSource.ClientInfo), TurnLanguage.For(activity, null).Resolved);
        Assert.Equal((BotText.English, LanguageSource.ActivityLocale), TurnLanguage.For(activity with { Entities = null }, null).Resolved);
        var none = TurnLanguage.For(activity with { Entities = null, Locale = "fr-FR" }, null);
        Assert.Equal((BotText.English, LanguageSource.Default), none.Resolved);
        none.MapDefault = BotText.SimplifiedChinese;
        Assert.Equal((BotText.SimplifiedChinese, LanguageSource.MapDefault), none.Resolved);
    }

    [Theory]
    [InlineData("新地图", CommandKind.NewMap)]
    [InlineData("新建地图", CommandKind.NewMap)]
    [InlineData("总结", CommandKind.Summary)]
    [InlineData("提醒 每周", CommandKind.Remind)]
    [InlineData("帮助", CommandKind.Help)]
    [InlineData("笔记", CommandKind.Notes)]
    [InlineData("撤销", CommandKind.Undo)]
    [InlineData("显示地图", CommandKind.ShowMap)]
    [InlineData("地图列表", CommandKind.Maps)]
    [InlineData("使用旅程A", CommandKind.Use)]
    [InlineData("添加阶段 售后", CommandKind.AddStage)]
    [InlineData("添加泳道 财务", CommandKind.AddLane)]
    [InlineData("导出 csv", CommandKind.Export)]
    [InlineData("导入", CommandKind.Import)]
    [InlineData("评审", CommandKind.Review)]
    [InlineData("行动项 回电", CommandKind.ActionItem)]
    [InlineData("行动项列表", CommandKind.ActionItems)]
    [InlineData("语言 中文", CommandKind.Language)]
    [InlineData("语言中文", CommandKind.Language)]
    [InlineData("language zh", CommandKind.Language)]
    [InlineData("languages", CommandKind.Language)]
    public void Chinese_and_english_command_words_are_recognised(string text, CommandKind expected) =>
        Assert.Equal(expected, CommandParser.Parse(text).Kind);

    [Theory]
    [InlineData("zh", "zh-Hans")]
    [InlineData("中文", "zh-Hans")]
    [InlineData("简体中文", "zh-Hans")]
    [InlineData("Chinese", "zh-Hans")]
    [InlineData("en", "en")]
    [InlineData("英文", "en")]
    [InlineData("English", "en")]
    [InlineData("klingon", null)]
    public void Language_names_are_read_in_both_languages(string word, string? expected) =>
        Assert.Equal(expected, Languages.LanguageCommands.Named(word)?.Name);
}
