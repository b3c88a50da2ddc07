using System.Text.RegularExpressions;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Notes;

namespace JourneyBot.Journeys.Commands;

/// <summary>
/// One-line changes to a map's structure: lanes, renames, moves, owners and facilitators. Renames,
/// moves, owners and facilitators are for the map's facilitators; anyone may add a lane.
/// </summary>
public sealed partial class MapEditCommands(IMapRepository maps, TimeProvider time)
{
    /// <summary><c>add lane &lt;name&gt; [above|below] [@owner]</c>: below the customer lane unless "above".</summary>
    public async Task AddLaneAsync(TurnContext context, JourneyMap map, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        var owner = MentionedPerson(context.Activity);
        var name = WithoutMentions(argument);
        var above = EndsWithWord(ref name, TextKeys.WordsAbove);
        _ = EndsWithWord(ref name, TextKeys.WordsBelow);
        if (name.Length == 0)
        {
            await context.SayAsync(TextKeys.AddStageNameRetry, cancellationToken, JourneyMap.MaxNameLength);
            return;
        }

        await UpdateAsync(context, map, m => m.AddLane(name, LaneKind.Stakeholder, m.PositionNextToCustomer(above), time.GetUtcNow(), owner), async updated =>
        {
            var position = updated.Lanes.ToList().FindIndex(l => NameComparer.Same(l.Name, name)) + 1;
            var suffix = owner is null ? string.Empty : context.Text(TextKeys.EditOwnerSuffix, owner.Name);
            await context.SayAsync(TextKeys.EditLaneAdded, cancellationToken, MapText.CleanName(name), updated.Name, position, updated.Lanes.Count, new Markup(suffix));
        }, cancellationToken);
    }

    /// <summary><c>rename stage|lane &lt;old&gt; to &lt;new&gt;</c>.</summary>
    public async Task RenameAsync(TurnContext context, JourneyMap map, string argument, bool lane, CancellationToken cancellationToken)
    {
        if (!await EnsureFacilitatorAsync(context, map, cancellationToken) || await SplitOrExplainAsync(context, argument, TextKeys.EditUsageRename, cancellationToken) is not var (oldName, newName))
        {
            return;
        }

        var target = await FindAsync(context, map, oldName, lane, cancellationToken);
        if (target is null)
        {
            return;
        }

        await UpdateAsync(
            context,
            map,
            m => lane ? m.RenameLane(target.Id, newName, time.GetUtcNow()) : m.RenameStage(target.Id, newName, time.GetUtcNow()),
            _ => context.SayAsync(lane ? TextKeys.EditRenamedLane : TextKeys.EditRenamedStage, cancellationToken, target.Name, MapText.CleanName(newName)),
            cancellationToken);
    }

    /// <summary><c>move stage|lane &lt;name&gt; to &lt;position|end&gt;</c>.</summary>
    public async Task MoveAsync(TurnContext context, JourneyMap map, string argument, bool lane, CancellationToken cancellationToken)
    {
        if (!await EnsureFacilitatorAsync(context, map, cancellationToken) || await SplitOrExplainAsync(context, argument, TextKeys.EditUsageMove, cancellationToken) is not var (name, positionText))
        {
            return;
        }

        var count = lane ? map.Lanes.Count : map.Stages.Count;
        // Positions 1..count; "end" reads as count (StagePosition allows one past the end, for inserting).
        if (!Dialogs.StagePosition.TryParse(positionText, count - 1, out var position))
        {
            await context.SayAsync(TextKeys.AddStagePositionRetry, cancellationToken, Math.Max(count, 1));
            return;
        }

        var target = await FindAsync(context, map, name, lane, cancellationToken);
        if (target is null)
        {
            return;
        }

        await UpdateAsync(
            context,
            map,
            m => lane ? m.MoveLane(target.Id, position, time.GetUtcNow()) : m.MoveStage(target.Id, position, time.GetUtcNow()),
            updated =>
            {
                var index = (lane ? updated.Lanes.Select(l => l.Id) : updated.Stages.Select(s => s.Id)).ToList().IndexOf(target.Id) + 1;
                return context.SayAsync(lane ? TextKeys.EditMovedLane : TextKeys.EditMovedStage, cancellationToken, target.Name, index, count);
            },
            cancellationToken);
    }

    /// <summary><c>rename map &lt;new name&gt;</c>: facilitators; the name must stay unique in the team or chat.</summary>
    public async Task RenameMapAsync(TurnContext context, JourneyMap map, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        var name = MapText.CleanName(argument);
        if (name.Length == 0)
        {
            await context.SayAsync(TextKeys.MapRenameMissing, cancellationToken);
            return;
        }

        if (!await EnsureFacilitatorAsync(context, map, cancellationToken))
        {
            return;
        }

        var others = await maps.ListAsync(map.Scope, cancellationToken);
        if (others.Any(m => m.Id != map.Id && NameComparer.Same(m.Name, name)))
        {
            await context.SayAsync(TextKeys.NewMapNameTaken, cancellationToken, name);
            return;
        }

        await UpdateAsync(context, map, m => m.Rename(name, time.GetUtcNow()), updated => context.SayAsync(TextKeys.MapRenamed, cancellationToken, updated.Name), cancellationToken);
    }

    /// <summary><c>owner &lt;lane&gt; @someone</c>.</summary>
    public async Task SetOwnerAsync(TurnContext context, JourneyMap map, string argument, CancellationToken cancellationToken)
    {
        var owner = MentionedPerson(context.Activity);
        if (owner is null)
        {
            await context.SayAsync(TextKeys.EditOwnerMissing, cancellationToken);
            return;
        }

        if (!await EnsureFacilitatorAsync(context, map, cancellationToken) || await FindAsync(context, map, WithoutMentions(argument), lane: true, cancellationToken) is not { } lane)
        {
            return;
        }

        await UpdateAsync(context, map, m => m.SetLaneOwner(lane.Id, owner, time.GetUtcNow()), _ => context.SayAsync(TextKeys.EditOwnerSet, cancellationToken, owner.Name, lane.Name), cancellationToken);
    }

    /// <summary><c>facilitator @someone</c>.</summary>
    public async Task AddFacilitatorAsync(TurnContext context, JourneyMap map, CancellationToken cancellationToken)
    {
        var person = MentionedPerson(context.Activity);
        if (person is null)
        {
            await context.SayAsync(TextKeys.EditFacilitatorMissing, cancellationToken);
            return;
        }

        if (await EnsureFacilitatorAsync(context, map, cancellationToken))
        {
            await UpdateAsync(context, map, m => m.AddFacilitator(person, time.GetUtcNow()), _ => context.SayAsync(TextKeys.EditFacilitatorAdded, cancellationToken, person.Name, map.Name), cancellationToken);
        }
    }

    /// <summary>True when the sender facilitates the map; otherwise says so.</summary>
    public static async Task<bool> EnsureFacilitatorAsync(TurnContext context, JourneyMap map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        if (map.IsFacilitator(context.Activity.From?.Id ?? string.Empty))
        {
            return true;
        }

        var facilitators = string.Join(", ", new[] { map.CreatedBy }.Concat(map.Facilitators).Select(p => p.Name));
        await context.SayAsync(TextKeys.EditNeedsFacilitator, cancellationToken, map.Name, facilitators);
        return false;
    }

    /// <summary>Finds a stage or lane by exact name or position; otherwise suggests and returns null.</summary>
    public static async Task<NameCandidate?> FindAsync(TurnContext context, JourneyMap map, string typed, bool lane, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var match = lane ? NameMatcher.MatchLane(map, typed) : NameMatcher.MatchStage(map, typed);
        if (match.IsMatch)
        {
            return match.Match;
        }

        var suggestion = match.Suggestions.Count == 0
            ? string.Empty
            : context.Text(TextKeys.EditDidYouMean, string.Join(" / ", match.Suggestions.Select(s => $"“{s.Name}”")));
        await context.SayAsync(lane ? TextKeys.EditUnknownLane : TextKeys.EditUnknownStage, cancellationToken, MapText.Truncate(MapText.CleanName(typed), JourneyMap.MaxNameLength), map.Name, new Markup(suggestion));
        return null;
    }

    private async Task UpdateAsync(TurnContext context, JourneyMap map, Func<JourneyMap, JourneyMap> change, Func<JourneyMap, Task> confirm, CancellationToken cancellationToken)
    {
        try
        {
            await confirm(await maps.UpdateAsync(map.Scope, map.Id, change, cancellationToken));
        }
        catch (MapRuleException rule)
        {
            var (key, args) = rule.Rule switch
            {
                MapRule.DuplicateStage => (TextKeys.AddStageDuplicate, new object?[] { map.Name, rule.Subject }),
                MapRule.DuplicateLane => (TextKeys.EditDuplicateLane, [map.Name, rule.Subject]),
                MapRule.TooManyLanes => (TextKeys.EditTooManyLanes, [map.Name, JourneyMap.MaxLanes]),
                MapRule.NameTooLong => (TextKeys.EditNameTooLong, [JourneyMap.MaxNameLength]),
                MapRule.EmptyName => (TextKeys.AddStageNameRetry, [JourneyMap.MaxNameLength]),
                _ => (TextKeys.ErrorMapChanged, []),
            };
            await context.SayAsync(key, cancellationToken, args);
        }
        catch (MapConflictException)
        {
            await context.SayAsync(TextKeys.ErrorMapChanged, cancellationToken);
        }
        catch (MapNotFoundException)
        {
            await context.SayAsync(TextKeys.MapGone, cancellationToken);
        }
    }

    private static async Task<(string Left, string Right)?> SplitOrExplainAsync(TurnContext context, string argument, string usageKey, CancellationToken cancellationToken)
    {
        var split = SplitOnTo(argument);
        if (split is null)
        {
            await context.SayAsync(usageKey, cancellationToken);
        }

        return split;
    }

    /// <summary>Splits "old name to new name" at the last separator word ("to", "->", "→", "到").</summary>
    internal static (string Left, string Right)? SplitOnTo(string argument)
    {
        var text = MapText.CleanName(argument);
        var best = -1;
        var length = 0;
        foreach (var word in BotText.WordsInAllLanguages(TextKeys.WordsTo))
        {
            var latin = word.All(char.IsAsciiLetter);
            var pattern = latin ? $" {word} " : word;
            var index = text.LastIndexOf(pattern, StringComparison.OrdinalIgnoreCase);
            if (index > best)
            {
                best = index;
                length = pattern.Length;
            }
        }

        if (best <= 0)
        {
            return null;
        }

        var left = text[..best].Trim();
        var right = text[(best + length)..].Trim();
        return left.Length == 0 || right.Length == 0 ? null : (left, right);
    }

    /// <summary>The first person @mentioned in the message other than the bot.</summary>
    private static Person? MentionedPerson(Activity activity) =>
        (activity.Entities ?? [])
            .Where(e => e.Type == Entity.MentionType && e.Mentioned?.Id is { Length: > 0 } && e.Mentioned.Id != activity.Recipient?.Id)
            .Select(e => new Person(e.Mentioned!.Id!, MapText.CleanName(e.Mentioned.Name)))
            .FirstOrDefault();

    private static string WithoutMentions(string text) => MapText.CleanName(MentionMarkup().Replace(text ?? string.Empty, " "));

    private static bool EndsWithWord(ref string text, string wordsKey)
    {
        foreach (var word in BotText.WordsInAllLanguages(wordsKey))
        {
            if (text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && text.Length > word.Length)
            {
                text = MapText.CleanName(text[..^word.Length]);
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionMarkup();
}
