using System.Text.Json.Nodes;

namespace JourneyBot.Cards.Tests.Conformance;

/// <summary>One template and its data from <c>Conformance/corpus/NN-name.json</c>; the name is the file name without extension.</summary>
internal sealed record ConformanceCase(string Name, string Description, JsonNode Template, JsonNode? Data)
{
    /// <summary>The corpus as copied next to the test assembly.</summary>
    public static string CorpusDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Conformance", "corpus");

    public static IReadOnlyList<string> AllNames() =>
        [.. Directory.EnumerateFiles(CorpusDirectory, "*.json").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal)];

    public static ConformanceCase Load(string name)
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(CorpusDirectory, name + ".json")))?.AsObject()
            ?? throw new InvalidDataException($"Corpus case {name} is not a JSON object.");
        var template = file["template"] ?? throw new InvalidDataException($"Corpus case {name} has no template.");
        return new ConformanceCase(name, file["description"]?.GetValue<string>() ?? string.Empty, template, file["data"]);
    }
}
