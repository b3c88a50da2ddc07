using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Notes;

namespace JourneyBot.Journeys.Summaries;

/// <summary>
/// What follows <c>summary</c>: nothing (the whole map), a stage or a lane, matched exactly as the note
/// shortcuts do (<see cref="NameMatcher"/>: case, accents and spaces aside; never a guess). A stage name wins
/// over a lane of the same name; <c>summary lane &lt;name&gt;</c> (or <c>stage</c>) says which is meant. A number is
/// a stage's position (<c>summary lane 2</c>: a lane's).
/// </summary>
/// <param name="Kind">What was asked about.</param>
/// <param name="Id">The stage or lane id, for <see cref="SummaryTargetKind.Stage"/> and <see cref="SummaryTargetKind.Lane"/>.</param>
/// <param name="StageSuggestions">For an unknown name, the closest stages.</param>
/// <param name="LaneSuggestions">For an unknown name, the closest lanes.</param>
public sealed record SummaryTarget(SummaryTargetKind Kind, string? Id, IReadOnlyList<NameCandidate> StageSuggestions, IReadOnlyList<NameCandidate> LaneSuggestions)
{
    public static SummaryTarget WholeMap { get; } = new(SummaryTargetKind.Map, null, [], []);

    public static SummaryTarget Resolve(JourneyMap map, string? typed)
    {
        ArgumentNullException.ThrowIfNull(map);
        var text = MapText.CleanName(typed);
        if (text.Length == 0)
        {
            return WholeMap;
        }

        if (AfterWord(text, TextKeys.WordsLane) is { } laneName && NameMatcher.MatchLane(map, laneName) is { IsMatch: true } lane)
        {
            return new(SummaryTargetKind.Lane, lane.Match.Id, [], []);
        }

        if (AfterWord(text, TextKeys.WordsStage) is { } stageName && NameMatcher.MatchStage(map, stageName) is { IsMatch: true } stagePrefixed)
        {
            return new(SummaryTargetKind.Stage, stagePrefixed.Match.Id, [], []);
        }

        var stages = map.Stages.Select(s => new NameCandidate(s.Id, s.Name)).ToList();
        var lanes = map.Lanes.Select(l => new NameCandidate(l.Id, l.Name)).ToList();
        var stage = NameMatcher.Match(text, stages);
        if (stage.IsMatch)
        {
            return new(SummaryTargetKind.Stage, stage.Match.Id, [], []);
        }

        var laneByName = NameMatcher.Match(text, lanes);
        if (laneByName.IsMatch)
        {
            return new(SummaryTargetKind.Lane, laneByName.Match.Id, [], []);
        }

        var byPosition = NameMatcher.MatchStage(map, text);
        if (byPosition.IsMatch)
        {
            return new(SummaryTargetKind.Stage, byPosition.Match.Id, [], []);
        }

        // "summary lane Bilings": suggest lanes for the name after the word, not for "lane Bilings".
        var suggestLanes = AfterWord(text, TextKeys.WordsLane) is { } laneTyped ? NameMatcher.Match(laneTyped, lanes).Suggestions : laneByName.Suggestions;
        var suggestStages = AfterWord(text, TextKeys.WordsStage) is { } stageTyped ? NameMatcher.Match(stageTyped, stages).Suggestions : stage.Suggestions;
        return new(SummaryTargetKind.Unknown, null, suggestStages, suggestLanes);
    }

    /// <summary>The rest of <paramref name="text"/> after one of the words of <paramref name="wordsKey"/> (any language), if it starts with one.</summary>
    private static string? AfterWord(string text, string wordsKey)
    {
        var folded = NameComparer.Fold(text);
        foreach (var word in BotText.WordsInAllLanguages(wordsKey).Select(NameComparer.Fold))
        {
            if (folded.Length <= word.Length || !folded.StartsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            // As in the command parser: a Latin word ends at a space; a Chinese word needs none.
            var latin = word[^1] < 128 && char.IsLetterOrDigit(word[^1]);
            if (!latin || char.IsWhiteSpace(folded[word.Length]))
            {
                var rest = text.Length >= word.Length ? text[word.Length..].Trim() : string.Empty;
                return rest.Length > 0 ? rest : null;
            }
        }

        return null;
    }
}
