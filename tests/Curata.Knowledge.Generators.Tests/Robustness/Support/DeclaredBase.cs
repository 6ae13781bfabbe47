using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;

namespace Curata.Knowledge.Generators.Tests.Robustness.Support;

// A knowledge base that declares its own kinds and properties, as plain values, and the JSON files it is written as.

internal sealed record DeclaredKindM(string Id, string Plural, string? Name, string? Description)
{
    public string TypeName => ApiComparer.Pascal(Id);
}

/// <summary>A declared property. <see cref="Target"/>: the kind a reference names, the vocabulary of a term, the scheme of an identifier.</summary>
internal sealed record DeclaredPropertyM(string Kind, string Name, string Type, bool Required, bool Many, string? Target, string[] Values, string? Unit, string? Description)
{
    /// <summary>The declaration as JSON; <paramref name="inline"/> leaves out "kind" (it sits inside its kind).</summary>
    public string Json(bool inline)
    {
        var parts = new List<string>();
        if (!inline) parts.Add($"\"kind\": \"{Kind}\"");
        parts.Add($"\"id\": \"{Name}\"");
        parts.Add($"\"type\": \"{Type}\"");
        if (Required) parts.Add("\"required\": true");
        if (Many) parts.Add("\"many\": true");
        if (Target != null) parts.Add($"\"{(Type == "reference" ? "to" : Type == "term" ? "vocabulary" : "scheme")}\": \"{Target}\"");
        if (Values.Length > 0) parts.Add("\"values\": [" + string.Join(", ", Values.Select(v => $"\"{v}\"")) + "]");
        if (Unit != null) parts.Add("\"unit\": " + InjectionTests.Json(Unit));
        if (Description != null) parts.Add("\"description\": " + InjectionTests.Json(Description));
        return "{ " + string.Join(", ", parts) + " }";
    }
}

/// <summary>A fact: its section, id, and each property as it is written (JSON text), in order.</summary>
internal sealed record DeclaredFactM(string Kind, string Section, string Id, List<(string Name, string Json)> Values)
{
    public string Json() => "{ " + string.Join(", ", new[] { ("id", $"\"{Id}\"") }.Concat(Values).Select(v => $"\"{v.Item1}\": {v.Item2}")) + " }";
}

internal sealed class DeclaredBase
{
    public const string Scheme = "reg-code";
    public const string SchemePattern = "^[A-Z]{2}-[0-9]{1,6}$";

    public List<DeclaredKindM> Kinds { get; } = [];
    public List<DeclaredPropertyM> Properties { get; } = [];
    public List<DeclaredFactM> Facts { get; } = [];

    public int Seed { get; init; }

    public static readonly string[] Datatypes =
        ["text", "verbatim", "integer", "decimal", "boolean", "date", "span", "count", "quantity", "point", "identifier", "enum", "reference", "term"];

    private static readonly string[] Texts =
    [
        "plain", "quote \" inside", "back\\slash\\", "line\nbreak", "tab\there", "هادي العامري", "<docks> & leaves", "*/ end of comment",
        "/* open", "</summary>", "{0} {{ }}", "pair \ud83d\ude00 ok", "\u2028separator", "#if false", "", " ",
    ];

    private static readonly string[] Units = ["t", "kg", "m/s", "°C", "US$", "\"quoted\" unit"];

    /// <summary>Terms of each vocabulary a random term property may take its values from.</summary>
    private static readonly Dictionary<string, string[]> Vocabulary = new()
    {
        ["placeKinds"] = ["country", "city", "town", "site", "body-of-water"],
        ["actorKinds"] = ["person", "state", "armed-group"],
        ["sourceKinds"] = ["report", "news-article"],
        ["roleKinds"] = ["leads", "member-of"],
        ["eventTypes"] = ["meeting", "attack"],
    };

    // Names a random property must not take: every fact has them, or the runtime type already has a member of that name.
    private static readonly HashSet<string> ReservedProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "ids", "sources", "citations", "kind", "kindId", "graph", "key", "externalIds", "referencedBy", "getValue", "displayName",
        "equals", "getHashCode", "getType", "toString",
        // event and actor (runtime members and standard properties)
        "actorsInRole", "causes", "consequences", "date", "fatalities", "name", "occurrences", "partOf", "participants", "parts", "place",
        "places", "statementsAbout", "summary", "type", "isIn", "actorKind", "aliases", "description", "events", "lifespan",
        "participations", "relations", "roles", "rolesIn", "rolesOn", "statements",
    };

    // Class and type names the generated API already uses, and the format's root sections.
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "KnowledgeBase", "Sources", "Actors", "Statements", "Events", "Relations", "Places", "EventTypes", "ParticipantRoles", "Predicates",
        "ActorKinds", "SourceKinds", "RoleKinds", "PlaceKinds", "Fact", "DeclaredFact", "Source", "Actor", "Statement", "Event", "Relation",
        "Place", "Term", "KnowledgeGraph", "Vocabulary", "Citation", "Participant", "Role", "FatalityReport", "Fatalities", "FatalityShare",
        "EstimatedCount", "PartialDate", "DateSpan", "ExternalId", "Quantity", "GeoPoint", "FactId", "FactKind", "Influence", "Timeline",
        "Reference", "EventType", "ParticipantRole", "Predicate", "ActorKind", "SourceKind", "RoleKind", "PlaceKind", "Kinds", "Properties",
        "IdentifierSchemes", "UserProject", "System", "Curata", "Global",
    };

    /// <summary>Random declared bases: the size shrinks; everything else follows from the seed.</summary>
    public static readonly Gen<DeclaredBase> Bases =
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 4], Gen.Int, (kinds, facts, seed) => Build(kinds, facts, seed));

    public static DeclaredBase Build(int kindCount, int factsPerKind, int seed)
    {
        var r = new Random(seed);
        var b = new DeclaredBase { Seed = seed };
        string Word(int min, int max) => new(Enumerable.Range(0, r.Next(min, max + 1)).Select(_ => (char)('a' + r.Next(26))).ToArray());
        string Camel(string id) => string.Concat(id.Split('-').Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

        // Kinds: kebab ids of one or two words, camelCase plurals; no kind's type name starts another's (enum types are named
        // type + property), and none is a name the API or the format already uses.
        while (b.Kinds.Count < kindCount)
        {
            var id = r.Next(2) == 0 ? Word(3, 8) : Word(3, 6) + "-" + Word(2, 6);
            var plural = Camel(id) + (r.Next(3) == 0 ? "List" : "s");
            var type = ApiComparer.Pascal(id);
            var others = b.Kinds.Select(k => k.TypeName).Concat(["Source", "Actor", "Statement", "Event", "Relation", "Place"]).ToArray();
            if (ReservedNames.Contains(type) || ReservedNames.Contains(ApiComparer.Pascal(Camel(plural))) || ReservedNames.Contains(type + "Properties")
                || others.Any(o => o.StartsWith(type, StringComparison.Ordinal) || type.StartsWith(o, StringComparison.Ordinal))
                || b.Kinds.Any(k => k.Plural == plural)) continue;
            b.Kinds.Add(new DeclaredKindM(id, plural, r.Next(2) == 0 ? null : Pick(r, Texts), r.Next(2) == 0 ? null : Pick(r, Texts)));
        }

        var referable = b.Kinds.Select(k => k.Id).Concat(["actor", "source", "event", "place", "fact"]).ToArray();
        foreach (var kind in b.Kinds.Select(k => (Id: k.Id, TypeName: k.TypeName, Standard: false)).Concat([(Id: "event", TypeName: "Event", Standard: true), (Id: "actor", TypeName: "Actor", Standard: true)]))
        {
            var count = kind.Standard ? r.Next(0, 4) : r.Next(2, 9);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (!kind.Standard && r.Next(2) == 0)
            {
                names.Add("name");
                b.Properties.Add(new DeclaredPropertyM(kind.Id, "name", "text", true, false, null, [], null, "The name."));
            }
            // The first declared kind has a property of every datatype; the others' are random.
            var types = (kind.Id == b.Kinds[0].Id ? Datatypes.OrderBy(_ => r.Next()) : Enumerable.Empty<string>())
                .Concat(Enumerable.Range(0, count).Select(_ => Pick(r, Datatypes))).ToList();
            count = types.Count;
            for (var i = 0; i < count; i++)
            {
                var name = r.Next(2) == 0 ? Word(3, 8) : Word(2, 6) + char.ToUpperInvariant((char)('a' + r.Next(26))) + Word(1, 5);
                if (ReservedProperties.Contains(name) || !names.Add(name) || char.ToUpperInvariant(name[0]) + name[1..] == kind.TypeName) { i--; continue; }
                var type = types[i];
                string? target = type switch
                {
                    "reference" => Pick(r, referable),
                    "term" => Pick(r, Vocabulary.Keys.ToArray()),
                    "identifier" => Scheme,
                    _ => null,
                };
                var values = type == "enum"
                    ? Enumerable.Range(0, r.Next(1, 5)).Select(_ => r.Next(3) == 0 ? Word(2, 5) + "-" + Word(2, 5) : Word(2, 8)).Distinct().ToArray()
                    : [];
                var unit = type == "quantity" && r.Next(2) == 0 ? Pick(r, Units) : null;
                b.Properties.Add(new DeclaredPropertyM(kind.Id, name, type, r.Next(4) == 0, r.Next(3) == 0, target, values, unit, r.Next(2) == 0 ? null : Pick(r, Texts)));
            }
        }

        // Facts: a source everything cites, an actor, an event and a place (standard kinds, to refer to and to carry
        // declared properties), then each declared kind's facts. Ids end in -n<number>: unique, and never a reserved member.
        var number = 0;
        string Id(string kind) => $"{kind.Split('-')[0]}-n{number++}";
        b.Facts.Add(new DeclaredFactM("source", "sources", "src", [("kind", "\"report\""), ("title", "\"The report\"")]));
        b.Facts.Add(new DeclaredFactM("place", "places", "home", [("name", "\"Home\""), ("kind", "\"city\"")]));
        var ids = new Dictionary<string, List<string>> { ["source"] = ["src"], ["place"] = ["home"] };
        foreach (var (kind, section) in b.Kinds.Select(k => (k.Id, k.Plural)).Concat([("actor", "actors"), ("event", "events")]))
        {
            ids[kind] = Enumerable.Range(0, Math.Max(1, factsPerKind - (kind is "actor" or "event" ? 1 : 0))).Select(_ => Id(kind)).ToList();
        }
        var all = ids.Values.SelectMany(v => v).ToArray();
        var externalId = 0;
        foreach (var (kind, section) in b.Kinds.Select(k => (k.Id, k.Plural)).Concat([("actor", "actors"), ("event", "events")]))
        {
            foreach (var id in ids[kind])
            {
                var values = new List<(string, string)>();
                if (kind == "actor") values.AddRange([("kind", "\"person\""), ("name", InjectionTests.Json(Pick(r, Texts)))]);
                if (kind == "event") values.Add(("type", "\"meeting\""));
                foreach (var property in b.Properties.Where(p => p.Kind == kind))
                {
                    if (!property.Required && r.Next(3) == 0) continue;
                    values.Add((property.Name, property.Many
                        ? "[" + string.Join(", ", Enumerable.Range(0, r.Next(0, 4)).Select(_ => Value(r, property, ids, all))) + "]"
                        : Value(r, property, ids, all)));
                }
                if (r.Next(3) == 0) values.Add(("ids", $"{{ \"{Scheme}\": \"ZZ-{++externalId}\" }}"));
                values.Add(("sources", "[ { \"source\": \"src\" } ]"));
                b.Facts.Add(new DeclaredFactM(kind, section, id, values.OrderBy(_ => r.Next()).ToList()));
            }
        }
        return b;
    }

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    /// <summary>A random valid value of <paramref name="p"/>, as JSON.</summary>
    public static string Value(Random r, DeclaredPropertyM p, Dictionary<string, List<string>> ids, string[] all)
    {
        string Date(int year)
        {
            var text = year.ToString("D4", CultureInfo.InvariantCulture);
            var precision = r.Next(5);
            if (precision >= 1) text += "-" + r.Next(1, 13).ToString("D2", CultureInfo.InvariantCulture);
            if (precision >= 2) text += "-" + r.Next(1, 29).ToString("D2", CultureInfo.InvariantCulture);
            if (precision >= 3)
            {
                text += $"T{r.Next(24):D2}:{r.Next(60):D2}" + (r.Next(2) == 0 ? $":{r.Next(60):D2}" : "");
                text += r.Next(4) switch
                {
                    0 => "",
                    1 => "Z",
                    2 => $"+{r.Next(0, 15):D2}:{Pick(r, new[] { 0, 30, 45 }):D2}",
                    _ => $"-{r.Next(0, 12):D2}:{Pick(r, new[] { 0, 30 }):D2}",
                };
                if (text.EndsWith("+00:00", StringComparison.Ordinal) || text.EndsWith("-00:00", StringComparison.Ordinal)) text = text[..^6] + "Z"; // read back as Z
                if (text.EndsWith("+14:30", StringComparison.Ordinal) || text.EndsWith("+14:45", StringComparison.Ordinal)) text = text[..^6] + "+14:00"; // the largest offset
            }
            return (r.Next(5) == 0 ? "~" : "") + text;
        }
        string Decimal()
        {
            var text = (r.Next(3) == 0 ? "-" : "") + r.NextInt64(0, 1_000_000_000_000).ToString(CultureInfo.InvariantCulture);
            if (r.Next(3) > 0) text += "." + new string(Enumerable.Range(0, r.Next(1, 8)).Select(_ => (char)('0' + r.Next(10))).ToArray());
            return text;
        }
        string Degrees(double limit) => Math.Round(r.NextDouble() * 2 * limit - limit, r.Next(0, 7)).ToString("R", CultureInfo.InvariantCulture);
        switch (p.Type)
        {
            case "text":
            case "verbatim":
                return InjectionTests.Json(Pick(r, Texts));
            case "integer":
                return (r.Next(4) switch { 0 => long.MinValue, 1 => long.MaxValue, _ => r.NextInt64(-1_000_000, 1_000_000) }).ToString(CultureInfo.InvariantCulture);
            case "decimal":
                return Decimal();
            case "boolean":
                return r.Next(2) == 0 ? "true" : "false";
            case "date":
                return "\"" + Date(r.Next(1000, 2100)) + "\"";
            case "span":
                var from = r.Next(1000, 2050);
                return r.Next(4) switch
                {
                    0 => "\"" + Date(from) + "\"",
                    1 => $"{{ \"from\": \"{Date(from)}\" }}",
                    2 => $"{{ \"to\": \"{Date(from)}\" }}",
                    _ => $"{{ \"from\": \"{Date(from)}\", \"to\": \"{Date(from + r.Next(1, 50))}\" }}",
                };
            case "count":
                var low = r.Next(0, 100);
                var best = low + r.Next(0, 100);
                var high = best + r.Next(0, 100);
                var parts = new[] { ("low", low), ("best", best), ("high", high) }.Where(_ => r.Next(2) == 0).ToList();
                if (parts.Count == 0) parts.Add(("best", best));
                return "{ " + string.Join(", ", parts.Select(x => $"\"{x.Item1}\": {x.Item2}")) + " }";
            case "quantity":
                return p.Unit != null && r.Next(2) == 0 ? Decimal() : $"{{ \"amount\": {Decimal()}, \"unit\": {InjectionTests.Json(Pick(r, Units))} }}";
            case "point":
                return $"{{ \"latitude\": {Degrees(90)}, \"longitude\": {Degrees(180)}" + (r.Next(2) == 0 ? "" : $", \"precision\": {Pick(r, new[] { "0.01", "1", "0.5", "360" })}") + " }";
            case "identifier":
                return $"\"{(char)('A' + r.Next(26))}{(char)('A' + r.Next(26))}-{r.Next(0, 1_000_000)}\"";
            case "enum":
                return $"\"{Pick(r, p.Values)}\"";
            case "reference":
                return $"\"{Pick<string>(r, p.Target == "fact" ? all : ids[p.Target!])}\"";
            case "term":
                return $"\"{Pick(r, Vocabulary[p.Target!])}\"";
            default:
                throw new ArgumentOutOfRangeException(nameof(p), p.Type, null);
        }
    }

    /// <summary>
    /// The base as files: its declarations and facts as fragments, shuffled by <paramref name="order"/> and dealt into
    /// <paramref name="files"/> files; declared kinds' properties inline in their kind or in the root "properties".
    /// </summary>
    public IReadOnlyList<(string Path, string Text)> Files(int files = 3, int order = 0, bool inline = true)
    {
        var fragments = new List<(string Section, string Json)>
        {
            ("identifierSchemes", $"{{ \"id\": \"{Scheme}\", \"name\": \"Registry code\", \"pattern\": \"{SchemePattern}\", \"url\": \"https://example.org/reg/{{id}}\" }}"),
            ("eventTypes", "{ \"id\": \"meeting\", \"name\": \"Meeting\" }"),
            ("eventTypes", "{ \"id\": \"attack\", \"name\": \"Attack\" }"),
        };
        foreach (var kind in Kinds)
        {
            var own = inline ? Properties.Where(p => p.Kind == kind.Id).Select(p => p.Json(inline: true)).ToArray() : [];
            fragments.Add(("kinds", $"{{ \"id\": \"{kind.Id}\", \"plural\": \"{kind.Plural}\"" +
                (kind.Name == null ? "" : ", \"name\": " + InjectionTests.Json(kind.Name)) +
                (kind.Description == null ? "" : ", \"description\": " + InjectionTests.Json(kind.Description)) +
                (own.Length == 0 ? "" : ",\n      \"properties\": [\n        " + string.Join(",\n        ", own) + " ]") + " }"));
        }
        fragments.AddRange(Properties.Where(p => !inline || !Kinds.Any(k => k.Id == p.Kind)).Select(p => ("properties", p.Json(inline: false))));
        fragments.AddRange(Facts.Select(f => (f.Section, f.Json())));
        if (order != 0)
        {
            var r = new Random(order);
            fragments = fragments.OrderBy(_ => r.Next()).ToList();
        }
        var result = new List<(string, string)>();
        for (var f = 0; f < files; f++)
        {
            var mine = fragments.Where((_, i) => i % files == f).ToList();
            var text = new StringBuilder("{");
            text.AppendJoin(",", mine.GroupBy(x => x.Section).Select(g => $"\n  \"{g.Key}\": [\n    " + string.Join(",\n    ", g.Select(x => x.Json)) + "\n  ]"));
            text.Append("\n}\n");
            result.Add(($"/k/part-{(order == 0 ? f : files - f):D2}.json", text.ToString()));
        }
        return result;
    }

    public override string ToString() => $"seed {Seed}, {Kinds.Count} kinds, {Properties.Count} properties, {Facts.Count} facts:\n" +
        string.Join("\n", Files(1).Select(f => f.Text));
}
