namespace JourneyBot.Journeys.Localization;

/// <summary>The keys of the language command's strings and the date formats (Resources/Strings.resx).</summary>
internal static partial class TextKeys
{
    public const string CommandLanguage = nameof(CommandLanguage);
    public const string WordsLanguageEnglish = nameof(WordsLanguageEnglish);
    public const string WordsLanguageChinese = nameof(WordsLanguageChinese);
    public const string WordsLanguageAuto = nameof(WordsLanguageAuto);
    public const string WordsLanguageMap = nameof(WordsLanguageMap);
    public const string LanguageNameEnglish = nameof(LanguageNameEnglish);
    public const string LanguageNameChinese = nameof(LanguageNameChinese);
    public const string LanguageSourcePersonChoice = nameof(LanguageSourcePersonChoice);
    public const string LanguageSourceClientInfo = nameof(LanguageSourceClientInfo);
    public const string LanguageSourceActivityLocale = nameof(LanguageSourceActivityLocale);
    public const string LanguageSourceMapDefault = nameof(LanguageSourceMapDefault);
    public const string LanguageSourceDefault = nameof(LanguageSourceDefault);
    public const string LanguageShow = nameof(LanguageShow);
    public const string LanguageShowMap = nameof(LanguageShowMap);
    public const string LanguageMapNotSet = nameof(LanguageMapNotSet);
    public const string LanguageUsage = nameof(LanguageUsage);
    public const string LanguageSet = nameof(LanguageSet);
    public const string LanguageCleared = nameof(LanguageCleared);
    public const string LanguageUnknown = nameof(LanguageUnknown);
    public const string LanguageMapSet = nameof(LanguageMapSet);
    public const string HelpLanguage = nameof(HelpLanguage);
    public const string FormatDate = nameof(FormatDate);
    public const string FormatDateTime = nameof(FormatDateTime);
    public const string FormatDueDate = nameof(FormatDueDate);
}
