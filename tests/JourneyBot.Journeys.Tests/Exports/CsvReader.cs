using System.Text;

namespace JourneyBot.Journeys.Tests.Exports;

/// <summary>A strict RFC 4180 reader, to check the exporter's output the way a spreadsheet reads it.</summary>
public static class CsvReader
{
    public static List<List<string>> Read(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var quoted = false;
        while (i < csv.Length)
        {
            var ch = csv[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (ch == '"')
                {
                    quoted = false;
                    i++;
                    Assert.True(i == csv.Length || csv[i] is ',' or '\r', $"Text after a closing quote at {i}.");
                    continue;
                }

                field.Append(ch);
                i++;
                continue;
            }

            switch (ch)
            {
                case '"':
                    Assert.True(field.Length == 0, $"A quote inside an unquoted field at {i}.");
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    Assert.True(i + 1 < csv.Length && csv[i + 1] == '\n', "A record must end with CRLF.");
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    i++;
                    break;
                case '\n':
                    Assert.Fail($"A bare LF outside quotes at {i}.");
                    break;
                default:
                    field.Append(ch);
                    break;
            }

            i++;
        }

        Assert.False(quoted, "Unterminated quoted field.");
        Assert.True(row.Count == 0 && field.Length == 0, "The last record must end with CRLF.");
        return rows;
    }
}
