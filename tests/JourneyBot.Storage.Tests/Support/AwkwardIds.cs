namespace JourneyBot.Storage.Tests.Support;

/// <summary>
/// External ids of the kinds Teams and other channels send, and worse. No lone surrogates: ids arrive in
/// JSON, which cannot carry them, and the table service would store them as U+FFFD (keys escape them anyway,
/// see TableKeyTests).
/// </summary>
public static class AwkwardIds
{
    public static IReadOnlyList<string> All { get; } =
    [
        "19:3f2c8a@thread.tacv2;messageid=1712345678901",
        "29:1AbCdEfG-hIj_KlMnOpQr=;@tenant:x",
        "a:1Zx9=@personal;skypeid=8:orgid:5d0f",
        "slash/back\\slash#hash?question",
        "ctrl\u0000\u0001\t\n\u001f\u007f\u0085\u009f",
        "emoji 😀🎉 CJK 中文字符 Кириллица עברית",
        "quote ' percent %2F bang !2F tilde ~ pipe | plus +",
        "!",
        "~none",
        new string('x', 2000),
        string.Concat(Enumerable.Repeat("中/", 1000)),
    ];

    /// <summary><see cref="All"/> as xunit theory data, by index so that test names stay short.</summary>
    public static TheoryData<int> Indexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < All.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }
}
