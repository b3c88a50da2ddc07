using JourneyBot.Journeys.Exports;

namespace JourneyBot.Journeys.Tests.Exports;

public sealed class ExportFileNamesTests
{
    [Theory]
    [InlineData("Checkout journey", "Checkout journey.csv", "Checkout journey.csv")]
    [InlineData("Café “Ünïcode”", "Café “Ünïcode”.csv", "Cafe _Unicode.csv")]
    [InlineData("售后 旅程", "售后 旅程.csv", "journey-map.csv")]
    [InlineData("../../etc/passwd", "etc_passwd.csv", "etc_passwd.csv")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j.csv", "a_b_c_d_e_f_g_h_i_j.csv")]
    [InlineData("line\r\nbreak; filename=evil.exe", "line break_ filename=evil.exe.csv", "line break_ filename_evil.exe.csv")]
    [InlineData("...", "journey-map.csv", "journey-map.csv")]
    [InlineData("", "journey-map.csv", "journey-map.csv")]
    public void File_names_are_safe_with_an_ascii_fallback(string mapName, string expected, string expectedAscii)
    {
        Assert.Equal((expected, expectedAscii), ExportFileNames.For(mapName, ".csv"));
    }

    [Fact]
    public void Long_names_are_cut()
    {
        var (name, ascii) = ExportFileNames.For(new string('x', 300), ".json");

        Assert.Equal(80 + ".json".Length, name.Length);
        Assert.Equal(name, ascii);
    }
}
