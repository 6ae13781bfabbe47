using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Curata.Knowledge.Generators.Tests.Robustness.Support;

// A knowledge base as plain values: what the JSON says, and so what the compiled API must give back.

internal sealed record CiteM(string Source, int? Paragraph, string? Note);

internal sealed record DateM(int Year, int? Month, int? Day, bool Approximate)
{
    public override string ToString() =>
        (Approximate ? "~" : "") + Year.ToString("D4") + (Month is int m ? "-" + m.ToString("D2") : "") + (Day is int d ? "-" + d.ToString("D2") : "");
}

/// <summary>A single date (<see cref="Single"/>) or an interval with optional ends; prints as the runtime's DateSpan does.</summary>
internal sealed record SpanM(DateM? From, DateM? To, bool Single)
{
    public override string ToString() => Single ? From!.ToString() : $"{From}..{To}";
}

internal sealed record CountM(int? Low, int? Best, int? High);

internal sealed record SourceM(string Id, string Kind, string Title, DateM? Published, string? Publisher, string? Place, string[] Contributors, string? Language, string? Notes);

internal sealed record RoleM(string Kind, string? Title, string? Of, SpanM? Span, CiteM[] Sources);

internal sealed record ActorM(string Id, string Kind, string Name, string[] Aliases, string? Description, SpanM? Lifespan, RoleM[] Roles, CiteM[] Sources);

internal sealed record StatementM(string Id, string Speaker, string? IssuedThrough, SpanM? Date, string Mode, string Text, string[] About, CiteM[] Sources);

internal sealed record ParticipantM(string Actor, string Role);

internal sealed record FatalityM(CountM Count, string? Victims, string[] VictimActors, CiteM[] Sources);

internal sealed record EventM(string Id, string Type, string Name, string? Summary, SpanM? Date, string? Place, ParticipantM[] Participants,
    FatalityM[] Fatalities, CountM? Occurrences, string[] Causes, string? PartOf, CiteM[] Sources);

internal sealed record RelationM(string Id, string Subject, string Predicate, string Object, SpanM? Span, string? Note, CiteM[] Sources);

internal sealed record EventTypeM(string Id, string Name, string? Description, string? Parent);

internal sealed record ParticipantRoleM(string Id, string Name, string? Description);

internal sealed record PredicateM(string Id, string Name, string? Description, bool Symmetric, string? InverseOf, string[] ConflictsWith,
    string[] SubjectKinds, string[] ObjectKinds, bool Acyclic);

/// <summary>A valid knowledge base and the files it is written as.</summary>
internal sealed class BaseM
{
    public List<SourceM> Sources { get; } = [];
    public List<ActorM> Actors { get; } = [];
    public List<StatementM> Statements { get; } = [];
    public List<EventM> Events { get; } = [];
    public List<RelationM> Relations { get; } = [];
    public List<EventTypeM> EventTypes { get; } = [];
    public List<ParticipantRoleM> ParticipantRoles { get; } = [];
    public List<PredicateM> Predicates { get; } = [];

    /// <summary>The files, as (path, JSON text).</summary>
    public List<(string Path, string Text)> Files { get; } = [];

    public int FactCount => Sources.Count + Actors.Count + Statements.Count + Events.Count + Relations.Count;

    public override string ToString() =>
        $"{FactCount} facts in {Files.Count} files" + Environment.NewLine + string.Join(Environment.NewLine, Files.Select(f => $"--- {f.Path}{Environment.NewLine}{f.Text}"));
}

/// <summary>
/// The raw random material a base is built from: counts, a stream of choices and a pool of texts. CsCheck generates and shrinks
/// the material; <see cref="ValidBase.Build"/> turns it, deterministically, into a base that breaks no rule, so every shrunk
/// case is still valid.
/// </summary>
internal sealed record Recipe(int Sources, int Actors, int Statements, int Events, int Relations, int Files, uint[] Choices, string[] Texts)
{
    public override string ToString() =>
        $"Recipe(sources {Sources}, actors {Actors}, statements {Statements}, events {Events}, relations {Relations}, files {Files}, {Choices.Length} choices, texts [{string.Join(", ", Texts.Select(t => JsonSerializer.Serialize(t)))}])";
}

internal static class ValidBase
{
    public static readonly string[] ActorKinds = ["person", "state", "government-body", "political-party", "coalition", "armed-group", "military-unit", "organisation", "media", "other"];
    public static readonly string[] SourceKinds = ["news-article", "press-release", "official-statement", "report", "interview", "social-media-post", "book", "dataset", "other"];
    public static readonly string[] RoleKinds = ["holds-office", "leads", "directs", "commands", "member-of", "works-at", "speaks-for"];

    /// <summary>Names the generated fact classes already use, which no fact member may take.</summary>
    private static readonly string[] Reserved =
        ["All", "Get", "TryGet", "Find", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
         "Sources", "Actors", "Statements", "Events", "Relations", "EventTypes", "ParticipantRoles", "Predicates", "KnowledgeBase"];

    // ---- text: quotes, backslashes, line breaks, tabs, markup, Arabic, CJK, separators, marks, NUL, emoji ----

    private static readonly Gen<string> Piece = Gen.Frequency(
        (12, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (5, Gen.Char["\"\\\n\r\t/<>&{}#*'`$@;"].Select(c => c.ToString())),
        (4, Gen.Char['\u0621', '\u064A'].Select(c => c.ToString())),
        (1, Gen.Char['\u00A0', '\u024F'].Select(c => c.ToString())),
        (1, Gen.Char['\u4E00', '\u4E40'].Select(c => c.ToString())),
        (1, Gen.OneOf<string>("\u2028", "\u2029", "\u202E", "\u200F", "\u200E", "\uFEFF", "\0", "\u0085", "\u007F", "\u00AD", "\uE000", "\uFFFF")),
        (1, Gen.OneOf<string>("\U0001F600", "\U0001D11E", "\U0001F469\u200D\U0001F469\u200D\U0001F467", "*/", "</summary>", "#error x", "\"\"\"", "{0}", "\\u0041")));

    public static readonly Gen<string> Text = Piece.Array[0, 10].Select(string.Concat);

    public static readonly Gen<Recipe> Recipes =
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 7], Gen.Int[0, 7], Gen.Int[0, 9], Gen.Int[0, 7], Gen.Int[1, 4], Gen.UInt.Array[64, 160], Text.Array[8, 24])
            .Select((s, a, st, e, r, f, choices, texts) => new Recipe(s, a, st, e, r, f, choices, texts));

    public static readonly Gen<BaseM> Bases = Recipes.Select(Build);

    /// <summary>Builds a valid base from a recipe. Every choice is made from the recipe, so the same recipe gives the same base.</summary>
    public static BaseM Build(Recipe recipe)
    {
        var draw = new Draw(recipe.Choices, recipe.Texts);
        var b = new BaseM();
        var factIds = new HashSet<string>(StringComparer.Ordinal);
        var members = new Dictionary<string, HashSet<string>>();

        string NewId(string cls, bool fact, HashSet<string>? termIds = null)
        {
            var set = members.TryGetValue(cls, out var s) ? s : members[cls] = new HashSet<string>(StringComparer.Ordinal);
            var parts = new List<string>();
            var count = 1 + draw.Next(3);
            for (var i = 0; i < count; i++)
            {
                var length = 1 + draw.Next(i == 0 ? 8 : 5);
                var segment = new StringBuilder();
                for (var j = 0; j < length; j++)
                {
                    var letter = i == 0 && j == 0 || draw.Next(4) > 0;
                    segment.Append(letter ? (char)('a' + draw.Next(26)) : (char)('0' + draw.Next(10)));
                }
                parts.Add(segment.ToString());
            }
            var id = string.Join("-", parts);
            for (var n = 2; (fact ? factIds.Contains(id) : termIds!.Contains(id)) || set.Contains(Pascal(id)) || Reserved.Contains(Pascal(id)); n++)
            {
                id = string.Join("-", parts) + "-x" + n;
            }
            (fact ? factIds : termIds!).Add(id);
            set.Add(Pascal(id));
            return id;
        }

        // Vocabulary.
        var typeIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 1 + draw.Next(4); i++)
        {
            b.EventTypes.Add(new EventTypeM(NewId("EventTypes", false, typeIds), draw.Text(), draw.Maybe(draw.Text),
                i > 0 && draw.Chance(50) ? b.EventTypes[draw.Next(i)].Id : null));
        }
        var roleIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 1 + draw.Next(3); i++) b.ParticipantRoles.Add(new ParticipantRoleM(NewId("ParticipantRoles", false, roleIds), draw.Text(), draw.Maybe(draw.Text)));
        var predicateIds = new HashSet<string>(StringComparer.Ordinal);
        var predicateCount = 1 + draw.Next(4);
        var predicateIdList = Enumerable.Range(0, predicateCount).Select(_ => NewId("Predicates", false, predicateIds)).ToArray();
        var symmetric = predicateIdList.Select(_ => draw.Chance(30)).ToArray();
        var inverse = new string?[predicateCount];
        for (var i = 0; i < predicateCount; i++)
        {
            if (symmetric[i]) inverse[i] = draw.Chance(50) ? predicateIdList[i] : null;
            else if (inverse[i] == null && i + 1 < predicateCount && !symmetric[i + 1] && draw.Chance(50))
            {
                inverse[i] = predicateIdList[i + 1];
                inverse[i + 1] = predicateIdList[i];
            }
        }
        var restrictKinds = predicateIdList.Select(_ => draw.Chance(40)).ToArray();

        // Sources: published 2021-2030, after every dated fact, so no fact is dated after its only source.
        for (var i = 0; i < recipe.Sources; i++)
        {
            b.Sources.Add(new SourceM(NewId("Sources", true), draw.Pick(SourceKinds), draw.Text(), draw.Chance(70) ? draw.Date(2021, 2030) : null,
                draw.Maybe(draw.Text), draw.Maybe(draw.Text), Enumerable.Range(0, draw.Next(3)).Select(_ => draw.Text()).ToArray(),
                draw.Chance(50) ? draw.Pick(["en", "ar", "fr-FR", "zh-Hant"]) : null, draw.Maybe(draw.Text)));
        }
        CiteM[] Cites(int minimum) => Enumerable.Range(0, minimum + draw.Next(3)).Select(_ => new CiteM(
            draw.Pick(b.Sources).Id,
            draw.Chance(60) ? draw.Pick([1, 2, 3, 17, int.MaxValue, 1 + (int)(draw.Raw() % int.MaxValue)]) : null,
            draw.Maybe(draw.Text))).ToArray();

        // Actors: every lifespan covers 1900-2039, where every dated fact lies.
        var actorIds = Enumerable.Range(0, recipe.Actors).Select(_ => NewId("Actors", true)).ToArray();
        foreach (var id in actorIds)
        {
            SpanM? lifespan = draw.Next(3) switch
            {
                0 => null,
                1 => new SpanM(draw.Date(1800, 1898), null, false),
                _ => new SpanM(draw.Chance(50) ? draw.Date(1800, 1898) : null, draw.Date(2041, 2099), false),
            };
            var roles = Enumerable.Range(0, draw.Next(3)).Select(_ =>
            {
                var of = draw.Chance(60) ? draw.Pick(actorIds) : null;
                return new RoleM(draw.Pick(RoleKinds), of == null || draw.Chance(50) ? draw.Text() : null, of,
                    draw.Chance(50) ? draw.Span(1900, 2019) : null, Cites(0));
            }).ToArray();
            b.Actors.Add(new ActorM(id, draw.Pick(ActorKinds), draw.Text(), Enumerable.Range(0, draw.Next(4)).Select(_ => draw.Text()).ToArray(),
                draw.Maybe(draw.Text), lifespan, roles, Cites(1)));
        }

        // Ids of statements, events and relations first, so statements may be about any fact.
        var statementIds = Enumerable.Range(0, recipe.Statements).Select(_ => NewId("Statements", true)).ToArray();
        var eventIds = Enumerable.Range(0, recipe.Events).Select(_ => NewId("Events", true)).ToArray();
        var pairs = new List<(int, int)>();
        for (var s = 0; s < actorIds.Length; s++)
            for (var o = s + 1; o < actorIds.Length; o++) pairs.Add((s, o));
        pairs = pairs.OrderBy(_ => draw.Raw()).Take(recipe.Relations).ToList();
        var relationIds = pairs.Select(_ => NewId("Relations", true)).ToArray();
        var allFacts = b.Sources.Select(s => s.Id).Concat(actorIds).Concat(statementIds).Concat(eventIds).Concat(relationIds).ToArray();

        foreach (var id in statementIds)
        {
            // A quotation quotes words (KB0505): text with no letter or digit can only be a paraphrase.
            var text = draw.Text();
            var quotable = Enumerable.Range(0, text.Length).Any(i => char.IsLetterOrDigit(text, i));
            b.Statements.Add(new StatementM(id, draw.Pick(actorIds), draw.Chance(30) ? draw.Pick(actorIds) : null,
                draw.Chance(70) ? draw.Span(1900, 2019) : null, quotable && draw.Chance(50) ? "quotation" : "paraphrase", text,
                Enumerable.Range(0, draw.Next(4)).Select(_ => draw.Pick(allFacts)).Distinct().ToArray(), Cites(1)));
        }

        // Event i is dated within the decade 1900+10i, so a cause (always an earlier event) is never dated after its effect.
        for (var i = 0; i < eventIds.Length; i++)
        {
            var decade = 1900 + 10 * i;
            b.Events.Add(new EventM(eventIds[i], draw.Pick(b.EventTypes).Id, draw.Text(), draw.Maybe(draw.Text),
                draw.Chance(75) ? draw.Span(decade, decade + 9) : null, draw.Maybe(draw.Text),
                Enumerable.Range(0, draw.Next(4)).Select(_ => new ParticipantM(draw.Pick(actorIds), draw.Pick(b.ParticipantRoles).Id)).ToArray(),
                Enumerable.Range(0, draw.Next(3)).Select(_ => new FatalityM(draw.Count(), draw.Maybe(draw.Text),
                    Enumerable.Range(0, draw.Next(3)).Select(_ => draw.Pick(actorIds)).Distinct().ToArray(), Cites(0))).ToArray(),
                draw.Chance(30) ? draw.Count() : null,
                i == 0 ? [] : Enumerable.Range(0, draw.Next(3)).Select(_ => eventIds[draw.Next(i)]).Distinct().ToArray(),
                i > 0 && draw.Chance(30) ? eventIds[draw.Next(i)] : null,
                Cites(1)));
        }

        // One relation per pair of actors, subject before object: no conflicts, and no cycles in any predicate.
        for (var i = 0; i < pairs.Count; i++)
        {
            b.Relations.Add(new RelationM(relationIds[i], actorIds[pairs[i].Item1], draw.Pick(predicateIdList), actorIds[pairs[i].Item2],
                draw.Chance(50) ? draw.Span(1900, 2019) : null, draw.Maybe(draw.Text), Cites(1)));
        }

        // Predicates last: kinds they allow are the kinds their relations use (plus others), so every relation is allowed.
        for (var i = 0; i < predicateCount; i++)
        {
            var id = predicateIdList[i];
            string[] Kinds(Func<RelationM, string> side)
            {
                if (!restrictKinds[i]) return [];
                var used = b.Relations.Where(r => r.Predicate == id).Select(r => b.Actors.Single(a => a.Id == side(r)).Kind);
                return used.Concat(Enumerable.Range(0, 1 + draw.Next(2)).Select(_ => draw.Pick(ActorKinds))).Distinct().ToArray();
            }
            b.Predicates.Add(new PredicateM(id, draw.Text(), draw.Maybe(draw.Text), symmetric[i], inverse[i],
                predicateIdList.Where(p => p != id && draw.Chance(25)).ToArray(), Kinds(r => r.Subject), Kinds(r => r.Object),
                inverse[i] == null && draw.Chance(40)));
        }

        Write(b, recipe.Files, draw);
        return b;
    }

    private static string Pascal(string id) => string.Concat(id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    // ---- JSON: facts spread over files at random, sections in any order, optional values sometimes an explicit null ----

    private static void Write(BaseM b, int fileCount, Draw draw)
    {
        var files = Enumerable.Range(0, fileCount).Select(_ => new JsonObject()).ToArray();
        var names = Enumerable.Range(0, fileCount).Select(i => $"/k/{(draw.Chance(30) ? "sub/" : "")}{draw.Pick(["facts", "واقع", "a b", "Z"])}{i}.json").ToArray();
        foreach (var file in files.Where(_ => draw.Chance(30))) file["$schema"] = "./schema/knowledge.schema.json";

        void Add(string section, JsonObject item)
        {
            var file = files[draw.Next(fileCount)];
            if (file[section] is not JsonArray array) file[section] = array = new JsonArray();
            array.Add(item);
        }

        // An absent optional value is left out, or sometimes written as an explicit null, which means the same.
        void Put(JsonObject o, string name, JsonNode? value)
        {
            if (value != null) o[name] = value;
            else if (draw.Chance(20)) o[name] = null;
        }
        JsonNode? Str(string? s) => s == null ? null : JsonValue.Create(s);
        JsonNode Strs(IEnumerable<string> values) => new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        JsonNode? Date(DateM? d) => d == null ? null : JsonValue.Create(d.ToString());
        JsonNode? Span(SpanM? s)
        {
            if (s == null) return null;
            if (s.Single) return JsonValue.Create(s.From!.ToString());
            var o = new JsonObject();
            if (s.From != null) o["from"] = s.From.ToString();
            if (s.To != null) o["to"] = s.To.ToString();
            return o;
        }
        JsonNode? Count(CountM? c)
        {
            if (c == null) return null;
            var o = new JsonObject();
            if (c.Low != null) o["low"] = c.Low;
            if (c.Best != null) o["best"] = c.Best;
            if (c.High != null) o["high"] = c.High;
            return o;
        }
        JsonNode Cites(CiteM[] cites) => new JsonArray(cites.Select(c =>
        {
            var o = new JsonObject { ["source"] = c.Source };
            Put(o, "paragraph", c.Paragraph == null ? null : JsonValue.Create(c.Paragraph));
            Put(o, "note", Str(c.Note));
            return (JsonNode?)o;
        }).ToArray());
        JsonNode? CitesOptional(CiteM[] cites) => cites.Length == 0 && draw.Chance(50) ? null : Cites(cites);
        JsonNode? Many(string[] values) => values.Length == 0 && draw.Chance(50) ? null : Strs(values);

        foreach (var t in b.EventTypes)
        {
            var o = new JsonObject { ["id"] = t.Id, ["name"] = t.Name };
            Put(o, "description", Str(t.Description));
            Put(o, "parent", Str(t.Parent));
            Add("eventTypes", o);
        }
        foreach (var r in b.ParticipantRoles)
        {
            var o = new JsonObject { ["id"] = r.Id, ["name"] = r.Name };
            Put(o, "description", Str(r.Description));
            Add("participantRoles", o);
        }
        foreach (var p in b.Predicates)
        {
            var o = new JsonObject { ["id"] = p.Id, ["name"] = p.Name };
            Put(o, "description", Str(p.Description));
            Put(o, "symmetric", p.Symmetric || draw.Chance(30) ? JsonValue.Create(p.Symmetric) : null);
            Put(o, "inverseOf", Str(p.InverseOf));
            Put(o, "conflictsWith", Many(p.ConflictsWith));
            Put(o, "subjectKinds", Many(p.SubjectKinds));
            Put(o, "objectKinds", Many(p.ObjectKinds));
            Put(o, "acyclic", p.Acyclic || draw.Chance(30) ? JsonValue.Create(p.Acyclic) : null);
            Add("predicates", o);
        }
        foreach (var s in b.Sources)
        {
            var o = new JsonObject { ["id"] = s.Id, ["kind"] = s.Kind, ["title"] = s.Title };
            Put(o, "published", Date(s.Published));
            Put(o, "publisher", Str(s.Publisher));
            Put(o, "place", Str(s.Place));
            Put(o, "contributors", Many(s.Contributors));
            Put(o, "language", Str(s.Language));
            Put(o, "notes", Str(s.Notes));
            Add("sources", o);
        }
        foreach (var a in b.Actors)
        {
            var o = new JsonObject { ["id"] = a.Id, ["kind"] = a.Kind, ["name"] = a.Name };
            Put(o, "aliases", Many(a.Aliases));
            Put(o, "description", Str(a.Description));
            Put(o, "lifespan", Span(a.Lifespan));
            Put(o, "roles", a.Roles.Length == 0 && draw.Chance(50) ? null : new JsonArray(a.Roles.Select(r =>
            {
                var ro = new JsonObject { ["kind"] = r.Kind };
                Put(ro, "title", Str(r.Title));
                Put(ro, "of", Str(r.Of));
                Put(ro, "span", Span(r.Span));
                Put(ro, "sources", CitesOptional(r.Sources));
                return (JsonNode?)ro;
            }).ToArray()));
            o["sources"] = Cites(a.Sources);
            Add("actors", o);
        }
        foreach (var s in b.Statements)
        {
            var o = new JsonObject { ["id"] = s.Id, ["speaker"] = s.Speaker };
            Put(o, "issuedThrough", Str(s.IssuedThrough));
            Put(o, "date", Span(s.Date));
            o["mode"] = s.Mode;
            o["text"] = s.Text;
            Put(o, "about", Many(s.About));
            o["sources"] = Cites(s.Sources);
            Add("statements", o);
        }
        foreach (var e in b.Events)
        {
            var o = new JsonObject { ["id"] = e.Id, ["type"] = e.Type, ["name"] = e.Name };
            Put(o, "summary", Str(e.Summary));
            Put(o, "date", Span(e.Date));
            Put(o, "place", Str(e.Place));
            Put(o, "participants", e.Participants.Length == 0 && draw.Chance(50) ? null
                : new JsonArray(e.Participants.Select(p => (JsonNode?)new JsonObject { ["actor"] = p.Actor, ["role"] = p.Role }).ToArray()));
            Put(o, "fatalities", e.Fatalities.Length == 0 && draw.Chance(50) ? null : new JsonArray(e.Fatalities.Select(f =>
            {
                var fo = new JsonObject { ["count"] = Count(f.Count) };
                Put(fo, "victims", Str(f.Victims));
                Put(fo, "victimActors", Many(f.VictimActors));
                Put(fo, "sources", CitesOptional(f.Sources));
                return (JsonNode?)fo;
            }).ToArray()));
            Put(o, "occurrences", Count(e.Occurrences));
            Put(o, "causes", Many(e.Causes));
            Put(o, "partOf", Str(e.PartOf));
            o["sources"] = Cites(e.Sources);
            Add("events", o);
        }
        foreach (var r in b.Relations)
        {
            var o = new JsonObject { ["id"] = r.Id, ["subject"] = r.Subject, ["predicate"] = r.Predicate, ["object"] = r.Object };
            Put(o, "span", Span(r.Span));
            Put(o, "note", Str(r.Note));
            o["sources"] = Cites(r.Sources);
            Add("relations", o);
        }

        for (var i = 0; i < fileCount; i++)
        {
            var options = new JsonSerializerOptions { WriteIndented = draw.Chance(50), Encoder = draw.Chance(50) ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : JavaScriptEncoder.Default };
            b.Files.Add((names[i], files[i].ToJsonString(options)));
        }
    }

    /// <summary>Draws choices and texts from a recipe, cycling when it runs out.</summary>
    private sealed class Draw(uint[] choices, string[] texts)
    {
        private int _choice;
        private int _text;

        public uint Raw() => choices.Length == 0 ? 0 : choices[_choice++ % choices.Length];

        public int Next(int n) => (int)(Raw() % (uint)n);

        public bool Chance(int percent) => Next(100) < percent;

        public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

        public string Text() => texts.Length == 0 ? "" : texts[_text++ % texts.Length];

        public string? Maybe(Func<string> value) => Chance(50) ? value() : null;

        public DateM Date(int fromYear, int toYear)
        {
            var year = fromYear + Next(toYear - fromYear + 1);
            var precision = Next(3);
            int? month = precision >= 1 ? 1 + Next(12) : null;
            int? day = precision == 2 ? 1 + Next(DateTime.DaysInMonth(year, month!.Value)) : null;
            return new DateM(year, month, day, Chance(20));
        }

        /// <summary>A span inside the years given: a single date, or an interval whose end is never before its start.</summary>
        public SpanM Span(int fromYear, int toYear)
        {
            if (Chance(40))
            {
                var date = Date(fromYear, toYear);
                return new SpanM(date, date, true);
            }
            var a = Date(fromYear, toYear);
            var b = Date(fromYear, toYear);
            if (b.Year < a.Year) (a, b) = (b, a);
            if (a.Year == b.Year) b = new DateM(b.Year, null, null, false);
            return Next(3) switch
            {
                0 => new SpanM(a, null, false),
                1 => new SpanM(null, b, false),
                _ => new SpanM(a, b, false),
            };
        }

        public CountM Count()
        {
            int Value() => Pick([0, 1, 4, 16, 161, 20000, 99999, int.MaxValue, (int)(Raw() % 1_000_000)]);
            var values = new[] { Value(), Value(), Value() }.Order().ToArray();
            var present = 1 + Next(7); // a non-empty subset of low, best, high
            return new CountM((present & 1) != 0 ? values[0] : null, (present & 2) != 0 ? values[1] : null, (present & 4) != 0 ? values[2] : null);
        }
    }
}
