using System.Globalization;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Exports;

/// <summary>
/// Checks an export document against the format and every domain rule, and turns it into a new map with its
/// notes — or into the list of what is wrong. Pure: nothing is stored here, so a bad document stores nothing.
/// Names go through the map's own rules (cleaned, at most 100 characters, unique, at most 30 stages and 20
/// lanes, one customer lane) and notes through <see cref="NoteRules"/>. Ids of stages, lanes and notes are kept
/// when given (they must be well-formed and unique; a malformed one is reported, not replaced, so no note is
/// silently re-attached); missing ones are made up, and notes then find their stage and lanes by name.
/// </summary>
internal static class MapImportPlanner
{
    /// <summary>The most notes one import stores.</summary>
    public const int MaxNotes = 2000;

    /// <summary>The most earlier texts a note may bring.</summary>
    public const int MaxRevisions = 100;

    public const int MaxFacilitators = 50;

    /// <summary>Stage, lane and note ids: 1 to 40 ASCII letters, digits, '-' or '_'.</summary>
    public const int MaxIdLength = 40;

    public const int MaxPersonIdLength = 256;
    public const int MaxPersonNameLength = 256;

    /// <summary>How many problems are listed; the rest are counted.</summary>
    public const int MaxListedProblems = 10;

    /// <summary>Times before this are refused (Table Storage cannot hold dates before 1601, and no map is that old).</summary>
    public static DateTimeOffset EarliestTime { get; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Checks <paramref name="document"/>; the plan's map has a placeholder id until <see cref="ImportPlan.For"/>.</summary>
    public static ImportCheck Check(ExportDocument document, MapScope scope, Person importer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(importer);
        var checker = new Checker(now);
        var plan = checker.Check(document, scope, importer);
        return new ImportCheck(checker.Count == 0 ? plan : null, checker.Problems, checker.Count);
    }

    private sealed class Checker(DateTimeOffset now)
    {
        private const string PendingId = "import";
        private readonly List<ImportProblem> _problems = [];
        private readonly DateTimeOffset _latest = now.AddDays(1);

        public IReadOnlyList<ImportProblem> Problems => _problems;

        public int Count { get; private set; }

        public ImportPlan? Check(ExportDocument document, MapScope scope, Person importer)
        {
            if (document.Map is not { } source)
            {
                Add("map", TextKeys.ImportProblemMissing);
                return null;
            }

            var map = new JourneyMap
            {
                Id = PendingId,
                Scope = scope,
                Name = string.Empty,
                Persona = Description(source.Persona, "map.persona"),
                Goal = Description(source.Goal, "map.goal"),
                Template = Required<MapTemplate>(source.Template, "map.template"),
                Stages = [],
                Lanes = [],
                CreatedBy = importer,
                CreatedAt = now,
                UpdatedAt = now,
                Facilitators = Facilitators(source, importer),
            };
            map = Named(map, source.Name);
            map = WithStages(map, source.Stages);
            map = WithLanes(map, source.Lanes);
            var notes = Notes(map, document.Notes);
            return new ImportPlan(map, notes);
        }

        private JourneyMap Named(JourneyMap map, string? name)
        {
            if (name is null)
            {
                Add("map.name", TextKeys.ImportProblemMissing);
                return map;
            }

            try
            {
                return map.Rename(name, now);
            }
            catch (MapRuleException rule)
            {
                MapRuleProblem(rule, "map.name", isLane: false);
                return map;
            }
        }

        private string Description(string? text, string path)
        {
            var clean = MapText.WithoutLoneSurrogates(text ?? string.Empty).Trim();
            if (clean.Length > JourneyMap.MaxDescriptionLength)
            {
                Add(path, TextKeys.ImportProblemTooLong, JourneyMap.MaxDescriptionLength);
            }

            return clean;
        }

        /// <summary>The document's facilitators and its creator, who keep their say over the copy; the importer now creates it.</summary>
        private List<Person> Facilitators(ExportedMap source, Person importer)
        {
            var people = new List<Person>();
            if (source.Facilitators is { Count: > MaxFacilitators })
            {
                Add("map.facilitators", TextKeys.ImportProblemTooMany, MaxFacilitators);
            }
            else
            {
                for (var i = 0; i < (source.Facilitators?.Count ?? 0); i++)
                {
                    if (PersonAt(source.Facilitators![i], Indexed("map.facilitators", i), required: true) is { } person)
                    {
                        people.Add(person);
                    }
                }
            }

            if (PersonAt(source.CreatedBy, "map.createdBy", required: false) is { } creator)
            {
                people.Add(creator);
            }

            return people.Where(p => p.Id != importer.Id).DistinctBy(p => p.Id, StringComparer.Ordinal).ToList();
        }

        private JourneyMap WithStages(JourneyMap map, IReadOnlyList<ExportedStage?>? stages)
        {
            if (stages is null)
            {
                Add("map.stages", TextKeys.ImportProblemMissing);
                return map;
            }

            if (stages.Count > JourneyMap.MaxStages)
            {
                Add("map.stages", TextKeys.ImportProblemTooMany, JourneyMap.MaxStages);
                return map;
            }

            var ids = new List<string?>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < stages.Count; i++)
            {
                var path = Indexed("map.stages", i);
                if (stages[i] is not { } stage)
                {
                    Add(path, TextKeys.ImportProblemMissing);
                    continue;
                }

                if (stage.Name is null)
                {
                    Add(path + ".name", TextKeys.ImportProblemMissing);
                    continue;
                }

                try
                {
                    map = map.AddStage(stage.Name, map.Stages.Count + 1, now);
                    ids.Add(PlaceId(stage.Id, path + ".id", seen));
                }
                catch (MapRuleException rule)
                {
                    MapRuleProblem(rule, path + ".name", isLane: false);
                }
            }

            var final = FinalIds(ids, "s");
            return map with { Stages = map.Stages.Select((s, i) => s with { Id = final[i] }).ToList() };
        }

        private JourneyMap WithLanes(JourneyMap map, IReadOnlyList<ExportedLane?>? lanes)
        {
            if (lanes is null)
            {
                Add("map.lanes", TextKeys.ImportProblemMissing);
                return map;
            }

            if (lanes.Count > JourneyMap.MaxLanes)
            {
                Add("map.lanes", TextKeys.ImportProblemTooMany, JourneyMap.MaxLanes);
                return map;
            }

            var ids = new List<string?>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < lanes.Count; i++)
            {
                var path = Indexed("map.lanes", i);
                if (lanes[i] is not { } lane)
                {
                    Add(path, TextKeys.ImportProblemMissing);
                    continue;
                }

                // A lane whose kind is wrong is still checked as a stakeholder lane, to report its other problems too.
                var kind = Required<LaneKind>(lane.Kind, path + ".kind", LaneKind.Stakeholder);
                var owner = PersonAt(lane.Owner, path + ".owner", required: false);
                if (lane.Name is null)
                {
                    Add(path + ".name", TextKeys.ImportProblemMissing);
                    continue;
                }

                try
                {
                    map = map.AddLane(lane.Name, kind, map.Lanes.Count + 1, now, owner);
                    ids.Add(PlaceId(lane.Id, path + ".id", seen));
                }
                catch (MapRuleException rule)
                {
                    MapRuleProblem(rule, path + ".name", isLane: true);
                }
            }

            var final = FinalIds(ids, "l");
            return map with { Lanes = map.Lanes.Select((l, i) => l with { Id = final[i] }).ToList() };
        }

        private List<Note> Notes(JourneyMap map, IReadOnlyList<ExportedNote?>? notes)
        {
            if (notes is null)
            {
                Add("notes", TextKeys.ImportProblemMissing);
                return [];
            }

            if (notes.Count > MaxNotes)
            {
                Add("notes", TextKeys.ImportProblemTooMany, MaxNotes);
                return [];
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var checkedNotes = new List<(Note Note, bool HasId)>();
            for (var i = 0; i < notes.Count; i++)
            {
                var path = Indexed("notes", i);
                if (notes[i] is not { } note)
                {
                    Add(path, TextKeys.ImportProblemMissing);
                    continue;
                }

                if (NoteAt(map, note, path, seen) is { } valid)
                {
                    checkedNotes.Add((valid, note.Id is not null));
                }
            }

            // Notes without an id get a fresh one that no other note of the document uses.
            return checkedNotes.Select(c => c.HasId ? c.Note : c.Note with { Id = FreshNoteId(seen) }).ToList();
        }

        private Note? NoteAt(JourneyMap map, ExportedNote source, string path, HashSet<string> seen)
        {
            var before = Count;
            var id = source.Id;
            if (id is not null)
            {
                if (!IsWellFormedId(id))
                {
                    Add(path + ".id", TextKeys.ImportProblemBadId, Shortened(id), MaxIdLength);
                }
                else if (!seen.Add(id))
                {
                    Add(path + ".id", TextKeys.ImportProblemDuplicateId, id);
                }
            }

            var kind = Required<NoteKind>(source.Kind, path + ".kind");
            var stage = Place(map.Stages.Select(s => (s.Id, s.Name)), source.StageId, source.StageName, path, "stage", required: true);
            var lane = Place(map.Lanes.Select(l => (l.Id, l.Name)), source.LaneId, source.LaneName, path, "lane", required: true);
            var toLane = Place(map.Lanes.Select(l => (l.Id, l.Name)), source.ToLaneId, source.ToLaneName, path, "toLane", required: false);
            var text = NoteText(source.Text, path + ".text");
            var author = PersonAt(source.Author, path + ".author", required: true);
            var createdAt = Time(source.CreatedAt, path + ".createdAt", required: true);
            var updatedAt = Time(source.UpdatedAt, path + ".updatedAt", required: false);
            var evidence = Optional<EvidenceSource>(source.Source, path + ".source");
            var history = History(source.History, path + ".history");
            if (source.Score is { } score && score is < Note.MinScore or > Note.MaxScore)
            {
                Add(path + ".score", TextKeys.ImportProblemScore, Note.MinScore, Note.MaxScore);
            }

            if (source.Archived is true)
            {
                Add(path + ".archived", TextKeys.ImportProblemArchived);
            }

            var note = new Note
            {
                MapId = map.Id,
                Id = id ?? string.Empty,
                Kind = kind,
                StageId = stage ?? string.Empty,
                LaneId = lane ?? string.Empty,
                ToLaneId = toLane,
                Text = text ?? string.Empty,
                Author = author ?? new Person(string.Empty, string.Empty),
                CreatedAt = createdAt ?? now,
                UpdatedAt = updatedAt ?? default,
                Category = Field(source.Category, path + ".category"),
                Channel = Field(source.Channel, path + ".channel"),
                Speaker = Field(source.Speaker, path + ".speaker"),
                Score = source.Score,
                Source = evidence,
                Validated = source.Validated,
                History = history,
            };
            if (Count > before)
            {
                return null;
            }

            try
            {
                NoteRules.Validate(note, map);
                return note;
            }
            catch (NoteRuleException rule)
            {
                switch (rule.Rule)
                {
                    case NoteRule.ScoreOutOfRange when note.Score is null:
                        Add(path + ".score", TextKeys.ImportProblemMissing);
                        break;
                    case NoteRule.ScoreOutOfRange:
                        Add(path + ".score", TextKeys.ImportProblemScore, Note.MinScore, Note.MaxScore);
                        break;
                    default:
                        // The rest were checked field by field above; what is left is a hand-off without a distinct lane to go to.
                        Add(path + ".toLaneId", TextKeys.ImportProblemHandoff);
                        break;
                }

                return null;
            }
        }

        private List<NoteRevision> History(IReadOnlyList<ExportedRevision?>? history, string path)
        {
            if (history is null)
            {
                return [];
            }

            if (history.Count > MaxRevisions)
            {
                Add(path, TextKeys.ImportProblemTooMany, MaxRevisions);
                return [];
            }

            var revisions = new List<NoteRevision>();
            for (var i = 0; i < history.Count; i++)
            {
                var at = Indexed(path, i);
                if (history[i] is not { } revision)
                {
                    Add(at, TextKeys.ImportProblemMissing);
                    continue;
                }

                var text = NoteText(revision.Text, at + ".text");
                var editor = PersonAt(revision.EditedBy, at + ".editedBy", required: true);
                var editedAt = Time(revision.EditedAt, at + ".editedAt", required: true);
                if (text is not null && editor is not null && editedAt is not null)
                {
                    revisions.Add(new NoteRevision(text, editor, editedAt.Value));
                }
            }

            return revisions;
        }

        /// <summary>The id of the stage or lane a note names: by id when given (it must exist), else by name.</summary>
        private string? Place(IEnumerable<(string Id, string Name)> places, string? id, string? name, string path, string field, bool required)
        {
            var isStage = field == "stage";
            var missingKey = isStage ? TextKeys.ImportProblemUnknownStage : TextKeys.ImportProblemUnknownLane;
            if (id is not null)
            {
                var byId = places.FirstOrDefault(p => p.Id == id);
                if (byId.Id is null)
                {
                    Add($"{path}.{field}Id", missingKey, Shortened(id));
                }

                return byId.Id;
            }

            if (name is not null)
            {
                var byName = places.FirstOrDefault(p => NameComparer.Same(p.Name, name));
                if (byName.Id is null)
                {
                    Add($"{path}.{field}Name", missingKey, Shortened(name));
                }

                return byName.Id;
            }

            if (required)
            {
                Add($"{path}.{field}Id", TextKeys.ImportProblemMissing);
            }

            return null;
        }

        private string? NoteText(string? text, string path)
        {
            if (text is null)
            {
                Add(path, TextKeys.ImportProblemMissing);
                return null;
            }

            try
            {
                return NoteRules.CleanText(text);
            }
            catch (NoteRuleException rule) when (rule.Rule == NoteRule.EmptyText)
            {
                Add(path, TextKeys.ImportProblemEmpty);
            }
            catch (NoteRuleException)
            {
                Add(path, TextKeys.ImportProblemTooLong, Note.MaxTextLength);
            }

            return null;
        }

        /// <summary>A one-line extra field (channel, speaker, category): cleaned like a name; empty is absent.</summary>
        private string? Field(string? value, string path)
        {
            var clean = MapText.CleanName(value);
            if (clean.Length > Note.MaxFieldLength)
            {
                Add(path, TextKeys.ImportProblemTooLong, Note.MaxFieldLength);
            }

            return clean.Length == 0 ? null : clean;
        }

        private Person? PersonAt(ExportedPerson? person, string path, bool required)
        {
            if (person is null)
            {
                if (required)
                {
                    Add(path, TextKeys.ImportProblemMissing);
                }

                return null;
            }

            var before = Count;
            var id = person.Id?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                Add(path + ".id", person.Id is null ? TextKeys.ImportProblemMissing : TextKeys.ImportProblemEmpty);
            }
            else if (id.Length > MaxPersonIdLength)
            {
                Add(path + ".id", TextKeys.ImportProblemTooLong, MaxPersonIdLength);
            }
            else if (id.Any(char.IsControl) || id.Any(char.IsSurrogate) && MapText.WithoutLoneSurrogates(id) != id)
            {
                Add(path + ".id", TextKeys.ImportProblemInvalidText);
            }

            var name = MapText.CleanName(person.Name);
            if (name.Length > MaxPersonNameLength)
            {
                Add(path + ".name", TextKeys.ImportProblemTooLong, MaxPersonNameLength);
            }

            return Count > before ? null : new Person(id!, name);
        }

        private DateTimeOffset? Time(DateTimeOffset? value, string path, bool required)
        {
            if (value is null)
            {
                if (required)
                {
                    Add(path, TextKeys.ImportProblemMissing);
                }

                return null;
            }

            if (value < EarliestTime || value > _latest)
            {
                Add(path, TextKeys.ImportProblemDate, EarliestTime.UtcDateTime, _latest.UtcDateTime);
                return null;
            }

            return value.Value.ToUniversalTime();
        }

        private TEnum Required<TEnum>(string? value, string path, TEnum fallback = default)
            where TEnum : struct, Enum
        {
            if (value is null)
            {
                Add(path, TextKeys.ImportProblemMissing);
                return fallback;
            }

            return Optional<TEnum>(value, path) ?? fallback;
        }

        private TEnum? Optional<TEnum>(string? value, string path)
            where TEnum : struct, Enum
        {
            if (value is null)
            {
                return null;
            }

            if (ExportVocabulary.TryParse<TEnum>(value, out var parsed))
            {
                return parsed;
            }

            Add(path, TextKeys.ImportProblemUnknownValue, Shortened(value), string.Join(", ", ExportVocabulary.Names<TEnum>()));
            return null;
        }

        /// <summary>A stage or lane id as given (null when absent), reporting a malformed or repeated one.</summary>
        private string? PlaceId(string? id, string path, HashSet<string> seen)
        {
            if (id is null)
            {
                return null;
            }

            if (!IsWellFormedId(id))
            {
                Add(path, TextKeys.ImportProblemBadId, Shortened(id), MaxIdLength);
            }
            else if (!seen.Add(id))
            {
                Add(path, TextKeys.ImportProblemDuplicateId, id);
            }

            return id;
        }

        private void MapRuleProblem(MapRuleException rule, string path, bool isLane)
        {
            switch (rule.Rule)
            {
                case MapRule.EmptyName:
                    Add(path, TextKeys.ImportProblemEmpty);
                    break;
                case MapRule.NameTooLong:
                    Add(path, TextKeys.ImportProblemTooLong, JourneyMap.MaxNameLength);
                    break;
                case MapRule.DuplicateStage or MapRule.DuplicateLane:
                    Add(path, TextKeys.ImportProblemDuplicateName, rule.Subject);
                    break;
                case MapRule.SecondCustomerLane:
                    Add(path.Replace(".name", ".kind", StringComparison.Ordinal), TextKeys.ImportProblemSecondCustomerLane);
                    break;
                default:
                    Add(isLane ? "map.lanes" : "map.stages", TextKeys.ImportProblemTooMany, isLane ? JourneyMap.MaxLanes : JourneyMap.MaxStages);
                    break;
            }
        }

        private void Add(string path, string key, params object?[] args)
        {
            Count++;
            if (_problems.Count < MaxListedProblems)
            {
                _problems.Add(new ImportProblem(path, key, args));
            }
        }

        /// <summary>Given ids as they are; missing ones <c>{prefix}{n}</c> above every number already used.</summary>
        private static List<string> FinalIds(List<string?> given, string prefix)
        {
            var used = new HashSet<string>(given.OfType<string>(), StringComparer.Ordinal);
            var next = used
                .Select(id => id.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .DefaultIfEmpty(0)
                .Max();
            return given.Select(id => id ?? NextFree(prefix, ref next, used)).ToList();
        }

        private static string NextFree(string prefix, ref int next, HashSet<string> used)
        {
            string id;
            do
            {
                id = prefix + (++next).ToString(CultureInfo.InvariantCulture);
            }
            while (!used.Add(id));
            return id;
        }

        private static string FreshNoteId(HashSet<string> seen)
        {
            string id;
            do
            {
                id = NoteIds.New();
            }
            while (!seen.Add(id));
            return id;
        }

        private static bool IsWellFormedId(string id) =>
            id.Length is > 0 and <= MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

        private static string Indexed(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

        /// <summary>Echoes at most 50 characters of a hostile value.</summary>
        private static string Shortened(string value) => value.Length > 50 ? MapText.Truncate(value, 50) + "…" : value;
    }
}
