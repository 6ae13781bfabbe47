using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Curata.Knowledge.Synthetic;

/// <summary>How many of each kind a synthetic base of a given size holds.</summary>
/// <param name="Actors">10% of the facts.</param>
/// <param name="Statements">60% of the facts (the rest after actors and events).</param>
/// <param name="Events">30% of the facts.</param>
/// <param name="Relations">5% of the facts, on top of them.</param>
/// <param name="Sources">One per 40 facts, on top of them.</param>
public readonly record struct SyntheticCounts(int Actors, int Statements, int Events, int Relations, int Sources)
{
    /// <summary>Actors, statements and events: the <c>facts</c> the base was asked for.</summary>
    public int Facts => Actors + Statements + Events;
}

/// <summary>
/// Makes knowledge bases of any size in the format of docs/knowledge-format.md, deterministically from a seed, for scale
/// benchmarks. Facts are 10% actors, 60% statements and 30% events, plus 5% relations, one source per 40 facts and a fixed
/// vocabulary. References are realistic (speakers, issuing bodies, participants in roles, causes, campaigns events are part of,
/// statements about facts, citations with paragraphs), as are dates (day, month and year precision, approximate dates,
/// intervals, open intervals), aliases, counts and texts of 100-200 characters. Every base is valid: it raises no knowledge
/// diagnostic at all, not even the hygiene info KB0601 (every actor and source is referred to).
/// </summary>
public static class SyntheticKnowledge
{
    /// <summary>The smallest base that can be made valid (every actor needs a statement to speak).</summary>
    public const int MinimumFacts = 10;

    /// <summary>Facts cite sources in runs of this many, as facts curated from one article do.</summary>
    internal const int FactsPerSource = 40;

    /// <summary>The <c>$schema</c> every file names (the build ignores its value).</summary>
    public const string SchemaReference = "./schema/knowledge.schema.json";

    /// <summary>The counts of each kind a base of <paramref name="facts"/> facts holds.</summary>
    public static SyntheticCounts Counts(int facts)
    {
        if (facts < MinimumFacts) throw new ArgumentOutOfRangeException(nameof(facts), facts, $"A synthetic base needs at least {MinimumFacts} facts.");
        var actors = Math.Max(1, facts / 10);
        var events = facts * 3 / 10;
        return new SyntheticCounts(actors, facts - actors - events, events, facts / 20, Math.Max(1, facts / FactsPerSource));
    }

    /// <summary>
    /// The files of a base of <paramref name="facts"/> facts split over <paramref name="files"/> files, as (relative path, JSON text):
    /// with one file, <c>knowledge.json</c>; otherwise <c>vocabulary.json</c> and <c>facts-01.json</c>, ... each holding an
    /// even share of every kind. The same arguments always give the same text.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> Create(int facts, int files, int seed) =>
        CreateUtf8(facts, files, seed).Select(f => (f.Path, Encoding.UTF8.GetString(f.Utf8))).ToArray();

    /// <summary>The same files as <see cref="Create"/>, as UTF-8 bytes (no byte-order mark), without the detour through strings.</summary>
    public static IReadOnlyList<(string Path, byte[] Utf8)> CreateUtf8(int facts, int files, int seed)
    {
        if (files < 1) throw new ArgumentOutOfRangeException(nameof(files), files, "At least one file.");
        var plan = new Plan(Counts(facts), seed);
        if (files == 1) return new[] { ("knowledge.json", plan.WriteFile(0, 1, vocabulary: true)) };
        var width = Math.Max(2, (files - 1).ToString(CultureInfo.InvariantCulture).Length);
        var result = new List<(string, byte[])> { ("vocabulary.json", plan.WriteVocabularyFile()) };
        for (var part = 0; part < files - 1; part++)
        {
            var name = "facts-" + (part + 1).ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + ".json";
            result.Add((name, plan.WriteFile(part, files - 1, vocabulary: false)));
        }
        return result;
    }

    /// <summary>Writes the files of <see cref="Create"/> under <paramref name="folder"/> (created if needed) and returns their full paths.</summary>
    public static IReadOnlyList<string> WriteTo(string folder, int facts, int files, int seed)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var (path, utf8) in CreateUtf8(facts, files, seed))
        {
            var full = Path.Combine(folder, path);
            File.WriteAllBytes(full, utf8);
            paths.Add(full);
        }
        return paths;
    }

    /// <summary>
    /// The same file with one fact's text changed (the first statement's, or else the first event's name), as a curator's edit
    /// would: still valid, same ids. Different <paramref name="revision"/>s give different texts.
    /// </summary>
    public static string Edit(string json, int revision)
    {
        foreach (var property in new[] { "\"text\": \"", "\"name\": \"" })
        {
            var at = json.IndexOf(property, StringComparison.Ordinal);
            if (at < 0) continue;
            var start = at + property.Length;
            return json.Substring(0, start) + "Edited (revision " + revision.ToString(CultureInfo.InvariantCulture) + "): " + json.Substring(start);
        }
        throw new ArgumentException("The file has no statement text or name to edit.", nameof(json));
    }

    /// <summary>Everything facts refer to across files, decided up front; the facts themselves are written from it one by one.</summary>
    private sealed class Plan
    {
        private const int Days = 9131; // 2000-01-01 .. 2024-12-31: every fact is dated within these 25 years.
        private static readonly DateTime Epoch = new(2000, 1, 1);
        private static readonly DateTime FirstPublication = new(2025, 1, 15); // after every fact date, so no source is "too early" (KB0304)

        private static readonly JsonWriterOptions WriterOptions = new()
        {
            Indented = true,
            // Non-ASCII letters and typographic punctuation stay as they are, as a curator's editor writes them.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        private enum Stream { Source = 1, Actor, Statement, Event, Relation, Plan }

        private readonly SyntheticCounts _counts;
        private readonly int _seed;
        private readonly string[] _sourceIds;
        private readonly string[] _publishers;
        private readonly string[] _actorIds;
        private readonly string[] _actorNames;
        private readonly List<string>[] _aliases;
        private readonly string[] _actorKinds;
        private readonly string[] _eventIds;
        private readonly byte[] _eventTypes;
        private readonly int[] _campaignBefore;
        private readonly Dictionary<string, int[]> _pools = new(StringComparer.Ordinal);
        private readonly int[] _institutions;
        private readonly int[] _issuers;
        private readonly (int Subject, int Predicate, int Object)[] _relations;
        private readonly TextContext _text;

        public Plan(SyntheticCounts counts, int seed)
        {
            _counts = counts;
            _seed = seed;
            var rng = Rng.For(seed, (int)Stream.Plan, 0);

            // Ids end in a number unique across every fact, so ids never clash; the words before it are letters only, so
            // their Pascal-case forms never clash either.
            var number = 0;
            _sourceIds = new string[counts.Sources];
            _publishers = new string[counts.Sources];
            for (var i = 0; i < counts.Sources; i++)
            {
                _publishers[i] = rng.Pick(Words.Publishers);
                _sourceIds[i] = Words.Slug(_publishers[i], 2) + "-" + Words.Number(++number);
            }

            _actorIds = new string[counts.Actors];
            _actorNames = new string[counts.Actors];
            _actorKinds = new string[counts.Actors];
            var states = new List<string>();
            // Names and aliases are unique (as the runtime compares them), so no lookup by name is ambiguous (KB0104).
            var usedNames = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < counts.Actors; i++)
            {
                var kind = WeightedKind(ref rng);
                var name = ActorName(ref rng, kind);
                for (var n = 2; !usedNames.Add(NameKey(name)); n++) name = ActorName(ref rng, kind) + " " + Words.Number(n);
                _actorKinds[i] = kind;
                _actorNames[i] = name;
                _actorIds[i] = Words.Slug(name, 4) + "-" + Words.Number(++number);
                if (kind == "state") states.Add(name);
            }
            _aliases = new List<string>[counts.Actors];
            for (var i = 0; i < counts.Actors; i++)
            {
                var aliasRng = Rng.For(_seed, (int)Stream.Actor, i);
                _aliases[i] = Aliases(ref aliasRng, _actorKinds[i], _actorNames[i]).Where(a => usedNames.Add(NameKey(a))).ToList();
            }
            _institutions = Enumerable.Range(0, counts.Actors).Where(i => _actorKinds[i] != "person").ToArray();
            _issuers = Enumerable.Range(0, counts.Actors).Where(i => _actorKinds[i] is "government-body" or "media" or "political-party").ToArray();
            _text = new TextContext(_actorNames, states.Count > 0 ? states.ToArray() : new[] { "Valdoria" });

            var typeWeights = Vocabulary.EventTypes.Sum(t => t.Weight);
            _eventIds = new string[counts.Events];
            _eventTypes = new byte[counts.Events];
            _campaignBefore = new int[counts.Events];
            var lastCampaign = -1;
            for (var i = 0; i < counts.Events; i++)
            {
                var pick = rng.Next(typeWeights);
                var type = 0;
                while (pick >= Vocabulary.EventTypes[type].Weight) pick -= Vocabulary.EventTypes[type++].Weight;
                _eventTypes[i] = (byte)type;
                _campaignBefore[i] = lastCampaign;
                if (Vocabulary.EventTypes[type].IsCampaign) lastCampaign = i;
                _eventIds[i] = Vocabulary.EventTypes[type].Id + "-" + Words.Slug(TextContext.Town(ref rng), 1) + "-" + Words.Number(++number);
            }

            _relations = PlanRelations(ref rng);
        }

        // ---- files ----

        public byte[] WriteVocabularyFile() => Write(w => Vocabulary.Write(w));

        public byte[] WriteFile(int part, int parts, bool vocabulary) => Write(w =>
        {
            Section(w, "sources", _counts.Sources, part, parts, WriteSource);
            Section(w, "actors", _counts.Actors, part, parts, WriteActor);
            Section(w, "statements", _counts.Statements, part, parts, WriteStatement);
            Section(w, "events", _counts.Events, part, parts, WriteEvent);
            Section(w, "relations", _relations.Length, part, parts, WriteRelation);
            if (vocabulary) Vocabulary.Write(w);
        });

        private static byte[] Write(Action<Utf8JsonWriter> body)
        {
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            using (var w = new Utf8JsonWriter(buffer, WriterOptions))
            {
                w.WriteStartObject();
                w.WriteString("$schema", SchemaReference);
                body(w);
                w.WriteEndObject();
            }
            return buffer.WrittenSpan.ToArray();
        }

        // Each file holds a contiguous share of every kind.
        private static void Section(Utf8JsonWriter w, string name, int count, int part, int parts, Action<Utf8JsonWriter, int> write)
        {
            var from = (int)((long)count * part / parts);
            var to = (int)((long)count * (part + 1) / parts);
            if (from == to) return;
            w.WriteStartArray(name);
            for (var i = from; i < to; i++) write(w, i);
            w.WriteEndArray();
        }

        // ---- facts ----

        private void WriteSource(Utf8JsonWriter w, int i)
        {
            var rng = Rng.For(_seed, (int)Stream.Source, i);
            w.WriteStartObject();
            w.WriteString("id", _sourceIds[i]);
            var kindRoll = rng.Next(100);
            w.WriteString("kind", kindRoll < 70 ? "news-article" : kindRoll < 80 ? "press-release" : kindRoll < 88 ? "official-statement" : kindRoll < 94 ? "report" : "interview");
            w.WriteString("title", Words.Fill(rng.Pick(Words.Headlines), ref rng, _text));
            if (rng.Chance(85)) w.WriteString("published", Day(FirstPublication.AddDays(rng.Next(160))));
            w.WriteString("publisher", _publishers[i]);
            if (rng.Chance(50)) w.WriteString("place", TextContext.Town(ref rng));
            var contributors = rng.Next(4);
            if (contributors > 0)
            {
                w.WriteStartArray("contributors");
                for (var c = 0; c < contributors; c++) w.WriteStringValue(rng.Pick(Words.FirstNames) + " " + rng.Pick(Words.LastNames));
                w.WriteEndArray();
            }
            w.WriteString("language", rng.Pick(Words.Languages));
            if (rng.Chance(10)) w.WriteString("notes", "Read in translation; names are transliterated inconsistently and one paragraph repeats another.");
            w.WriteEndObject();
        }

        private void WriteActor(Utf8JsonWriter w, int i)
        {
            var rng = Rng.For(_seed, (int)Stream.Actor, i);
            var kind = _actorKinds[i];
            var name = _actorNames[i];
            w.WriteStartObject();
            w.WriteString("id", _actorIds[i]);
            w.WriteString("kind", kind);
            w.WriteString("name", name);
            Aliases(ref rng, kind, name); // drawn again so the rest of the actor draws as before; the unique ones were kept
            var aliases = _aliases[i];
            if (aliases.Count > 0)
            {
                w.WriteStartArray("aliases");
                foreach (var alias in aliases) w.WriteStringValue(alias);
                w.WriteEndArray();
            }
            if (rng.Chance(60)) w.WriteString("description", Words.Text(Words.DescriptionSentences, ref rng, _text, 100, 200));
            // Lifespans start before 1996 and stay open, so no fact (all dated 2000-2024) falls outside one (KB0302, KB0305).
            if (rng.Chance(kind == "person" ? 80 : 60))
            {
                w.WriteStartObject("lifespan");
                if (kind == "person")
                {
                    var year = rng.Between(1940, 1985);
                    var form = rng.Next(10);
                    w.WriteString("from", form < 5 ? Year(year) : form < 8 ? "~" + Year(year) : Day(new DateTime(year, 1, 1).AddDays(rng.Next(365))));
                }
                else
                {
                    var year = rng.Between(1900, 1995);
                    w.WriteString("from", rng.Chance(50) ? Year(year) : Year(year) + "-" + Two(rng.Between(1, 12)));
                }
                w.WriteEndObject();
            }
            if (kind == "person" && rng.Chance(40) && _institutions.Length > 0)
            {
                w.WriteStartArray("roles");
                var roles = rng.Chance(70) ? 1 : 2;
                for (var r = 0; r < roles; r++) WriteRole(w, ref rng);
                w.WriteEndArray();
            }
            Citations(w, ref rng, i);
            w.WriteEndObject();
        }

        private void WriteRole(Utf8JsonWriter w, ref Rng rng)
        {
            var (kind, title) = rng.Next(7) switch
            {
                0 => ("holds-office", "Minister of " + rng.Pick(Words.Portfolios)),
                1 => ("leads", "Secretary-general"),
                2 => ("directs", "Director"),
                3 => ("commands", "Commander"),
                4 => ("member-of", (string?)null),
                5 => ("works-at", "Senior adviser"),
                _ => ("speaks-for", "Spokesperson"),
            };
            w.WriteStartObject();
            w.WriteString("kind", kind);
            if (title != null) w.WriteString("title", title);
            if (title == null || rng.Chance(85)) w.WriteString("of", _actorIds[_institutions[rng.Skewed(_institutions.Length)]]);
            if (rng.Chance(70))
            {
                w.WriteStartObject("span");
                var start = rng.Next(Days - 400);
                w.WriteString("from", rng.Chance(50) ? Month(start) : Day(Epoch.AddDays(start)));
                if (rng.Chance(40)) w.WriteString("to", Month(start + rng.Between(60, 2000)));
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }

        private void WriteStatement(Utf8JsonWriter w, int i)
        {
            var rng = Rng.For(_seed, (int)Stream.Statement, i);
            // The first statements give every actor a voice, so no actor is left unreferenced (KB0601).
            var speaker = i < _counts.Actors ? i : rng.Skewed(_counts.Actors);
            var quotation = rng.Chance(45);
            w.WriteStartObject();
            w.WriteString("id", Words.Slug(_actorNames[speaker], 4).Split('-').Last() + "-" + rng.Pick(Words.StatementTopicWords) + "-"
                + Words.Number(_counts.Sources + _counts.Actors + _counts.Events + i + 1));
            w.WriteString("speaker", _actorIds[speaker]);
            if (_issuers.Length > 0 && rng.Chance(15))
            {
                var issuer = _issuers[rng.Next(_issuers.Length)];
                if (issuer != speaker) w.WriteString("issuedThrough", _actorIds[issuer]);
            }
            if (rng.Chance(85))
            {
                var day = rng.Next(Days);
                var form = rng.Next(100);
                if (form < 70) w.WriteString("date", Day(Epoch.AddDays(day)));
                else if (form < 85) w.WriteString("date", Month(day));
                else if (form < 90) w.WriteString("date", "~" + Day(Epoch.AddDays(day)));
                else if (form < 95) w.WriteString("date", Year(Epoch.AddDays(day).Year));
                else
                {
                    w.WriteStartObject("date");
                    w.WriteString("from", Day(Epoch.AddDays(day)));
                    w.WriteString("to", Day(Epoch.AddDays(Math.Min(Days - 1, day + rng.Between(1, 3)))));
                    w.WriteEndObject();
                }
            }
            w.WriteString("mode", quotation ? "quotation" : "paraphrase");
            w.WriteString("text", Words.Text(quotation ? Words.QuotationSentences : Words.ParaphraseSentences, ref rng, _text, 100, 200));
            var about = rng.Next(100) switch { < 45 => 0, < 85 => 1, _ => 2 };
            if (about > 0)
            {
                w.WriteStartArray("about");
                string? first = null;
                for (var a = 0; a < about; a++)
                {
                    var id = _counts.Events > 0 && rng.Chance(65) ? _eventIds[rng.Next(_counts.Events)] : _actorIds[rng.Skewed(_counts.Actors)];
                    if (id == first) continue;
                    first = id;
                    w.WriteStringValue(id);
                }
                w.WriteEndArray();
            }
            Citations(w, ref rng, _counts.Actors + i);
            w.WriteEndObject();
        }

        private void WriteEvent(Utf8JsonWriter w, int i)
        {
            var rng = Rng.For(_seed, (int)Stream.Event, i);
            var type = Vocabulary.EventTypes[_eventTypes[i]];
            var participants = Participants(ref rng, type.Category);
            w.WriteStartObject();
            w.WriteString("id", _eventIds[i]);
            w.WriteString("type", type.Id);
            var town = _eventIds[i].Split('-')[^2];
            town = char.ToUpperInvariant(town[0]) + town.Substring(1);
            w.WriteString("name", participants.Count > 1 && rng.Chance(50)
                ? $"{type.Name} involving {_actorNames[participants[0].Actor]} and {_actorNames[participants[1].Actor]}"
                : $"{type.Name} in {town}");
            if (rng.Chance(70)) w.WriteString("summary", Words.Text(Words.SummarySentences, ref rng, _text, 100, 200));
            WriteEventDate(w, ref rng, i);
            if (rng.Chance(80)) w.WriteString("place", town + ", " + rng.Pick(Words.Directions) + " " + _text.State(ref rng));
            if (participants.Count > 0)
            {
                w.WriteStartArray("participants");
                foreach (var (actor, role) in participants)
                {
                    w.WriteStartObject();
                    w.WriteString("actor", _actorIds[actor]);
                    w.WriteString("role", role);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if (type.Category == EventCategory.Attack && rng.Chance(55))
            {
                w.WriteStartArray("fatalities");
                var reports = rng.Chance(80) ? 1 : 2; // two reports of one event: sources disagree
                for (var r = 0; r < reports; r++)
                {
                    w.WriteStartObject();
                    Count(w, "count", ref rng, 1, 80);
                    if (rng.Chance(70)) w.WriteString("victims", rng.Pick(Words.VictimPhrases));
                    var target = participants.FirstOrDefault(p => p.Role == "target");
                    if (target.Role != null && rng.Chance(30))
                    {
                        w.WriteStartArray("victimActors");
                        w.WriteStringValue(_actorIds[target.Actor]);
                        w.WriteEndArray();
                    }
                    if (rng.Chance(25))
                    {
                        w.WriteStartArray("sources");
                        Citation(w, ref rng, _sourceIds[rng.Next(_sourceIds.Length)]);
                        w.WriteEndArray();
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if ((type.Category is EventCategory.Clashes or EventCategory.Campaign || type.IsCampaign) && rng.Chance(35)) Count(w, "occurrences", ref rng, 3, 200);
            // Causes are earlier events, and event dates never go back in time, so no effect is dated before its cause (KB0303).
            if (i > 0 && rng.Chance(15))
            {
                w.WriteStartArray("causes");
                var first = rng.Between(Math.Max(0, i - 40), i - 1);
                w.WriteStringValue(_eventIds[first]);
                var second = rng.Between(Math.Max(0, i - 40), i - 1);
                if (second != first && rng.Chance(30)) w.WriteStringValue(_eventIds[second]);
                w.WriteEndArray();
            }
            // Only an earlier campaign: part-of chains always go back, so they never loop (KB0403).
            if (!type.IsCampaign && _campaignBefore[i] >= 0 && rng.Chance(12)) w.WriteString("partOf", _eventIds[_campaignBefore[i]]);
            Citations(w, ref rng, _counts.Actors + _counts.Statements + i);
            w.WriteEndObject();
        }

        // Event i is dated around day i * Days / events: dates never decrease with i, whatever precision each is written in.
        private void WriteEventDate(Utf8JsonWriter w, ref Rng rng, int i)
        {
            var day = _counts.Events <= 1 ? Days / 2 : (int)((long)i * (Days - 1) / (_counts.Events - 1));
            var date = Epoch.AddDays(day);
            var form = rng.Next(100);
            if (form < 52) w.WriteString("date", Day(date));
            else if (form < 64) w.WriteString("date", Month(day));
            else if (form < 68) w.WriteString("date", Year(date.Year));
            else if (form < 73) w.WriteString("date", "~" + (rng.Chance(50) ? Day(date) : Month(day)));
            else if (form < 96)
            {
                w.WriteStartObject("date");
                if (form < 88)
                {
                    w.WriteString("from", Day(date));
                    w.WriteString("to", Day(Epoch.AddDays(Math.Min(Days - 1, day + rng.Between(1, 20)))));
                }
                else if (form < 92)
                {
                    w.WriteString("from", Month(day));
                    w.WriteString("to", Month(Math.Min(Days - 1, day + rng.Between(31, 180))));
                }
                else if (form < 94)
                {
                    w.WriteString("from", Day(date)); // still going
                }
                else
                {
                    w.WriteString("to", Day(Epoch.AddDays(Math.Min(Days - 1, day + rng.Next(5))))); // since some time before
                }
                w.WriteEndObject();
            }
            // else: undated
        }

        private List<(int Actor, string Role)> Participants(ref Rng rng, EventCategory category)
        {
            var result = new List<(int, string)>();
            void Add(ref Rng r, string role, params string[] preferredKinds)
            {
                var pool = Pool(preferredKinds);
                for (var attempt = 0; attempt < 5; attempt++)
                {
                    var actor = pool.Length > 0 && r.Chance(85) ? pool[r.Skewed(pool.Length)] : r.Skewed(_counts.Actors);
                    if (result.Any(p => p.Item1 == actor)) continue;
                    result.Add((actor, role));
                    return;
                }
            }
            switch (category)
            {
                case EventCategory.Attack:
                    Add(ref rng, "perpetrator", "armed-group", "state", "military-unit");
                    Add(ref rng, "target", "armed-group", "military-unit", "state", "person");
                    if (rng.Chance(30)) Add(ref rng, "victim", "person");
                    break;
                case EventCategory.Clashes:
                    Add(ref rng, "belligerent", "armed-group", "military-unit");
                    Add(ref rng, "belligerent", "armed-group", "military-unit", "state");
                    break;
                case EventCategory.Campaign:
                    Add(ref rng, "initiator", "state", "armed-group", "political-party");
                    Add(ref rng, rng.Chance(50) ? "target" : "addressee", "state", "government-body", "armed-group");
                    break;
                case EventCategory.Talks:
                case EventCategory.Ceasefire:
                    Add(ref rng, "negotiating-party", "state", "government-body", "armed-group");
                    Add(ref rng, "negotiating-party", "state", "government-body", "armed-group", "political-party");
                    if (rng.Chance(35)) Add(ref rng, "mediator", "state", "organisation");
                    break;
                case EventCategory.Visit:
                    Add(ref rng, "visitor", "person");
                    Add(ref rng, "host", "state", "person", "government-body");
                    break;
                case EventCategory.Statement:
                    Add(ref rng, "speaker", "person", "government-body");
                    if (rng.Chance(40)) Add(ref rng, "addressee", "state", "armed-group");
                    break;
                case EventCategory.Deployment:
                    Add(ref rng, "deployed-force", "military-unit", "state");
                    Add(ref rng, "host", "state");
                    break;
                case EventCategory.Election:
                    Add(ref rng, "subject", "government-body", "political-party");
                    break;
                default: // protest
                    Add(ref rng, "initiator", "political-party", "organisation", "coalition");
                    if (rng.Chance(50)) Add(ref rng, "addressee", "government-body");
                    break;
            }
            return result;
        }

        private void WriteRelation(Utf8JsonWriter w, int i)
        {
            var rng = Rng.For(_seed, (int)Stream.Relation, i);
            var (subject, predicateIndex, obj) = _relations[i];
            var predicate = Vocabulary.Predicates[predicateIndex];
            w.WriteStartObject();
            w.WriteString("id", Words.Slug(_actorNames[subject], 4).Split('-').Last() + "-" + predicate.Id + "-" + Words.Slug(_actorNames[obj], 4).Split('-').Last()
                + "-" + Words.Number(_counts.Sources + _counts.Actors + _counts.Events + _counts.Statements + i + 1));
            w.WriteString("subject", _actorIds[subject]);
            w.WriteString("predicate", predicate.Id);
            w.WriteString("object", _actorIds[obj]);
            if (rng.Chance(60))
            {
                w.WriteStartObject("span");
                var start = rng.Next(Days - 400);
                w.WriteString("from", rng.Chance(50) ? Year(Epoch.AddDays(start).Year) : Month(start));
                if (rng.Chance(30)) w.WriteString("to", Month(start + rng.Between(400, 3000)));
                w.WriteEndObject();
            }
            if (rng.Chance(15)) w.WriteString("note", "The source infers this from the groups' joint statements rather than stating it outright.");
            Citations(w, ref rng, _counts.Actors + _counts.Statements + _counts.Events + i);
            w.WriteEndObject();
        }

        // Each pair of actors has at most one relation, so no two relations can conflict (KB0401); acyclic predicates (and their
        // inverses, read backwards) only point from a lower actor index to a higher one, so they never loop (KB0403); and each
        // side is drawn from the kinds the predicate allows (KB0203).
        private (int, int, int)[] PlanRelations(ref Rng rng)
        {
            var result = new List<(int, int, int)>();
            if (_counts.Actors < 2) return result.ToArray();
            var pairs = new HashSet<long>();
            var weights = Vocabulary.Predicates.Sum(p => p.Weight);
            var fallback = Array.FindIndex(Vocabulary.Predicates, p => p.Id == "has-close-ties-with");
            bool TryAdd(int s, int p, int o)
            {
                if (s < 0 || o < 0 || s == o) return false;
                var predicate = Vocabulary.Predicates[p];
                // Of a predicate and its inverse, the one whose id sorts first points up the actor indexes, the other down:
                // read together (one of them backwards), every edge goes up, so there is no cycle.
                var upward = predicate.InverseOf == null || string.CompareOrdinal(predicate.Id, predicate.InverseOf) < 0;
                if (predicate.Acyclic && (upward ? s > o : s < o)) return false;
                if (!pairs.Add((long)Math.Min(s, o) * int.MaxValue + Math.Max(s, o))) return false;
                result.Add((s, p, o));
                return true;
            }
            int Draw(ref Rng r, string[] kinds)
            {
                var pool = kinds.Length == 0 ? null : Pool(kinds);
                return pool == null ? r.Skewed(_counts.Actors) : pool.Length == 0 ? -1 : pool[r.Skewed(pool.Length)];
            }
            for (var i = 0; i < _counts.Relations; i++)
            {
                var added = false;
                for (var attempt = 0; attempt < 20 && !added; attempt++)
                {
                    var pick = rng.Next(weights);
                    var p = 0;
                    while (pick >= Vocabulary.Predicates[p].Weight) pick -= Vocabulary.Predicates[p++].Weight;
                    var predicate = Vocabulary.Predicates[p];
                    added = TryAdd(Draw(ref rng, predicate.SubjectKinds), p, Draw(ref rng, predicate.ObjectKinds));
                }
                for (var attempt = 0; attempt < 50 && !added; attempt++) added = TryAdd(rng.Next(_counts.Actors), fallback, rng.Next(_counts.Actors));
                if (!added) break; // every pair is taken: a tiny base
            }
            return result.ToArray();
        }

        // The actors of any of these kinds, in index order; computed once per set of kinds.
        private int[] Pool(string[] kinds)
        {
            var key = string.Join(",", kinds);
            if (!_pools.TryGetValue(key, out var pool))
            {
                pool = Enumerable.Range(0, _counts.Actors).Where(i => Array.IndexOf(kinds, _actorKinds[i]) >= 0).ToArray();
                _pools[key] = pool;
            }
            return pool;
        }

        // ---- parts ----

        // The first citation of the n-th fact (in a fixed order across kinds) names source n / 40: every source is cited (KB0601).
        private void Citations(Utf8JsonWriter w, ref Rng rng, int ordinal)
        {
            w.WriteStartArray("sources");
            var first = ordinal / FactsPerSource % _sourceIds.Length;
            Citation(w, ref rng, _sourceIds[first]);
            if (_sourceIds.Length > 1 && rng.Chance(25))
            {
                var second = rng.Next(_sourceIds.Length);
                if (second != first) Citation(w, ref rng, _sourceIds[second]);
            }
            w.WriteEndArray();
        }

        private static void Citation(Utf8JsonWriter w, ref Rng rng, string source)
        {
            w.WriteStartObject();
            w.WriteString("source", source);
            if (rng.Chance(85)) w.WriteNumber("paragraph", rng.Between(1, 40));
            if (rng.Chance(8)) w.WriteString("note", rng.Pick(Words.CitationNotes));
            w.WriteEndObject();
        }

        private static void Count(Utf8JsonWriter w, string name, ref Rng rng, int min, int max)
        {
            var low = rng.Between(min, max);
            w.WriteStartObject(name);
            switch (rng.Next(4))
            {
                case 0: w.WriteNumber("best", low); break; // "16 killed"
                case 1: w.WriteNumber("low", low); break; // "more than 16"
                case 2:
                    w.WriteNumber("low", low);
                    w.WriteNumber("high", low + rng.Between(1, 30)); // "between 16 and 30"
                    break;
                default:
                    var best = low + rng.Next(10);
                    w.WriteNumber("low", low);
                    w.WriteNumber("best", best);
                    w.WriteNumber("high", best + rng.Next(20));
                    break;
            }
            w.WriteEndObject();
        }

        private static string WeightedKind(ref Rng rng)
        {
            var pick = rng.Next(100);
            for (var k = 0; k < Vocabulary.ActorKinds.Length; k++)
            {
                if (pick < Vocabulary.ActorKindWeights[k]) return Vocabulary.ActorKinds[k];
                pick -= Vocabulary.ActorKindWeights[k];
            }
            return "person";
        }

        // How the runtime compares names: letters and digits only, in lower case.
        private static string NameKey(string name) => new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

        private static string ActorName(ref Rng rng, string kind)
        {
            string Stem(ref Rng r) => r.Pick(Words.StemStarts) + r.Pick(Words.StemMiddles);
            return kind switch
            {
                "person" => rng.Pick(Words.FirstNames) + " " + rng.Pick(Words.LastNames),
                "state" => Stem(ref rng) + rng.Pick(Words.StateEndings),
                "government-body" => rng.Chance(50)
                    ? "Ministry of " + rng.Pick(Words.Portfolios) + " of " + Stem(ref rng) + rng.Pick(Words.StateEndings)
                    : Stem(ref rng) + rng.Pick(Words.StateEndings) + " " + rng.Pick(Words.Bodies),
                "political-party" => rng.Pick(Words.Adjectives) + " " + rng.Pick(Words.PartyNouns),
                "coalition" => rng.Pick(Words.Adjectives) + " Coalition for " + Stem(ref rng) + rng.Pick(Words.StateEndings),
                "armed-group" => rng.Chance(50) ? rng.Pick(Words.Adjectives) + " " + rng.Pick(Words.ArmedNouns) : Stem(ref rng) + "ab " + rng.Pick(Words.ArmedNouns),
                "military-unit" => rng.Pick(Words.Ordinals) + " " + rng.Pick(Words.UnitNouns),
                "organisation" => rng.Pick(Words.Adjectives) + " " + rng.Pick(Words.OrganisationNouns),
                _ => "The " + TextContext.Town(ref rng) + " " + rng.Pick(Words.MediaNouns),
            };
        }

        private static List<string> Aliases(ref Rng rng, string kind, string name)
        {
            var aliases = new List<string>();
            var roll = rng.Next(100);
            if (roll < 45) return aliases;
            if (kind == "person")
            {
                var space = name.IndexOf(' ');
                var first = name.Substring(0, space);
                var last = name.Substring(space + 1);
                aliases.Add(last.StartsWith("al-", StringComparison.Ordinal) ? first + " el-" + last.Substring(3) : first[0] + ". " + last);
                if (roll >= 80) aliases.Add("Mr. " + last.Replace("al-", "al ", StringComparison.Ordinal) + "s"); // a machine translation's mangling
                if (roll >= 92) aliases.Add(rng.Pick(Words.AliasScripts));
            }
            else
            {
                var initials = new string(name.Split(' ').Where(word => word.Length > 2 && char.IsUpper(word[0])).Select(word => word[0]).ToArray());
                if (initials.Length >= 2) aliases.Add(initials);
                if (roll >= 75) aliases.Add("the " + name.Split(' ').Last());
            }
            return aliases;
        }

        private static string Day(DateTime date) => Year(date.Year) + "-" + Two(date.Month) + "-" + Two(date.Day);

        private static string Month(int day)
        {
            var date = Epoch.AddDays(Math.Min(day, Days - 1));
            return Year(date.Year) + "-" + Two(date.Month);
        }

        private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

        private static string Two(int value) => value.ToString("D2", CultureInfo.InvariantCulture);
    }
}
