using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace Curata.Knowledge.Generators.Tests.Support;

/// <summary>
/// Reads a knowledge folder's JSON independently of the generator and compares every value of every fact with what the
/// compiled API returns: built-in properties through the runtime types, declared properties through the generated typed
/// member, and both through <see cref="Fact.GetValue"/>, which reads any value by following the table's schema alone (so a
/// built-in value the runtime type reads from the wrong slot, or the writer puts in one, differs). Values are compared in one
/// canonical text form per datatype.
/// </summary>
internal static class ReadBack
{
    private static readonly HashSet<string> NotFacts = new(StringComparer.Ordinal)
    {
        "$schema", "eventTypes", "participantRoles", "predicates", "actorKinds", "sourceKinds", "roleKinds", "placeKinds",
        "identifierSchemes", "kinds", "properties",
    };

    /// <summary>Every value compared, as "fact.property"; fails on the first difference.</summary>
    public static List<string> AssertEveryValue(string folder, KnowledgeGraph graph, Assembly generated)
    {
        var compared = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var section in document.RootElement.EnumerateObject().Where(s => !NotFacts.Contains(s.Name)))
            {
                foreach (var fact in section.Value.EnumerateArray())
                {
                    var id = fact.GetProperty("id").GetString()!;
                    var found = graph.Find(id) ?? throw new Xunit.Sdk.XunitException($"{Path.GetFileName(path)}: '{id}' is not in the compiled graph");
                    foreach (var property in fact.EnumerateObject())
                    {
                        var at = $"{found.KindId} '{id}'.{property.Name}";
                        Assert.True(Canon(property.Value) == Canon(Read(found, property.Name, generated), property.Value),
                            $"{at}: JSON {Canon(property.Value)} but the API gives {Canon(Read(found, property.Name, generated), property.Value)}");
                        compared.Add(at);
                    }
                }
            }
        }
        return compared;
    }

    // What the API returns for a property as written in the JSON.
    private static object? Read(Fact fact, string property, Assembly generated)
    {
        switch (property)
        {
            case "id": return fact.Id;
            case "ids": return fact.ExternalIds.ToDictionary(i => i.Scheme.Id, i => (object?)i.Value);
            case "sources": return fact.Citations.Select(Citation).ToList();
        }
        var value = fact.GetValue(property);
        var builtIn = BuiltIn(fact, property);
        if (builtIn != Missing)
        {
            Assert.True(Canon(value, null) == Canon(builtIn, null), $"{fact.Id}.{property}: GetValue gives {Canon(value, null)}, the runtime type {Canon(builtIn, null)}");
            return builtIn;
        }
        var typed = Typed(fact, property, generated);
        Assert.True(Canon(value, null) == Canon(typed, null), $"{fact.Id}.{property}: GetValue gives {Canon(value, null)}, the typed member {Canon(typed, null)}");
        return value;
    }

    private static readonly object Missing = new();

    private static object? BuiltIn(Fact fact, string property) => (fact, property) switch
    {
        (Source s, "kind") => s.SourceKind?.Id,
        (Source s, "title") => s.Title,
        (Source s, "published") => s.Published,
        (Source s, "publisher") => s.Publisher,
        (Source s, "place") => s.Place,
        (Source s, "contributors") => s.Contributors,
        (Source s, "language") => s.Language,
        (Source s, "notes") => s.Notes,
        (Source s, "textFile") => s.TextFile,
        (Actor a, "kind") => a.ActorKind?.Id,
        (Actor a, "name") => a.Name,
        (Actor a, "aliases") => a.Aliases,
        (Actor a, "description") => a.Description,
        (Actor a, "lifespan") => a.Lifespan,
        (Actor a, "roles") => a.Roles.Select(r => Dictionary(("kind", r.Kind.Id), ("title", r.Title), ("of", r.Institution?.Id), ("span", r.Span),
            ("sources", r.Citations.Select(Citation).ToList()))).ToList(),
        (Statement s, "speaker") => s.Speaker.Id,
        (Statement s, "issuedThrough") => s.IssuedThrough?.Id,
        (Statement s, "date") => s.Date,
        (Statement s, "mode") => s.Mode.ToString().ToLowerInvariant(),
        (Statement s, "text") => s.Text,
        (Statement s, "about") => s.About.Select(f => f.Id).ToList(),
        (Event e, "type") => e.Type.Id,
        (Event e, "name") => e.Name,
        (Event e, "summary") => e.Summary,
        (Event e, "date") => e.Date,
        (Event e, "place") => e.Place,
        (Event e, "participants") => e.Participants.Select(p => Dictionary(("actor", p.Actor.Id), ("role", p.Role.Id))).ToList(),
        (Event e, "fatalities") => e.Fatalities.Select(r => Dictionary(("count", r.Count), ("victims", r.Victims),
            ("victimActors", r.VictimActors.Select(a => a.Id).ToList()),
            ("breakdown", r.Breakdown.Select(b => Dictionary(("category", b.Category.ToString().ToLowerInvariant()), ("actor", b.Actor?.Id), ("count", b.Count), ("victims", b.Victims))).ToList()),
            ("sources", r.Citations.Select(Citation).ToList()))).ToList(),
        (Event e, "occurrences") => e.Occurrences,
        (Event e, "causes") => e.Causes.Select(c => c.Id).ToList(),
        (Event e, "partOf") => e.PartOf?.Id,
        (Relation r, "subject") => r.Subject.Id,
        (Relation r, "predicate") => r.Predicate.Id,
        (Relation r, "object") => r.Object.Id,
        (Relation r, "span") => r.Span,
        (Relation r, "note") => r.Note,
        _ => Missing,
    };

    private static Dictionary<string, object?> Citation(Citation c) => Dictionary(("source", c.Source.Id), ("paragraph", c.Paragraph), ("note", c.Note));

    private static Dictionary<string, object?> Dictionary(params (string Key, object? Value)[] entries) =>
        entries.Where(e => e.Value != null && !(e.Value is IList list && list.Count == 0)).ToDictionary(e => e.Key, e => e.Value);

    // The generated member: a property of a declared kind's class, or an extension of a runtime type (C# 14 extension
    // properties compile to static get_ methods of the containing class).
    private static object? Typed(Fact fact, string property, Assembly generated)
    {
        // A place's kind is PlaceKind: Kind is every fact's FactKind.
        var member = fact is Place && property == "kind" ? "PlaceKind" : char.ToUpperInvariant(property[0]) + property[1..];
        var instance = fact.GetType().GetProperty(member);
        if (instance != null && fact.GetType().Assembly == generated) return Untyped(instance.GetValue(fact));
        var extensions = generated.GetTypes().SingleOrDefault(t => t.Name == fact.GetType().Name + "Properties");
        var method = extensions?.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => (m.Name == "get_" + member || m.Name == member) && m.GetParameters().Length == 1);
        if (method != null) return Untyped(method.Invoke(null, [fact]));
        if (instance != null) return Untyped(instance.GetValue(fact));
        throw new Xunit.Sdk.XunitException($"{fact.Id}.{property}: no typed member '{member}' in the generated code");
    }

    // A generated enum value reads as its JSON spelling.
    private static object? Untyped(object? value) => value switch
    {
        Enum e when e.GetType().Assembly != typeof(Fact).Assembly => Kebab(e.ToString()),
        IEnumerable list and not string => list.Cast<object?>().Select(Untyped).ToList(),
        _ => value,
    };

    private static string Kebab(string pascal) => string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>The canonical text of a JSON value.</summary>
    public static string Canon(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object when IsSpan(json) => SpanText(json.TryGetProperty("from", out var f) ? f.GetString() : null, json.TryGetProperty("to", out var t) ? t.GetString() : null),
        JsonValueKind.Object when IsCount(json) => CountText(Int(json, "low"), Int(json, "best"), Int(json, "high")),
        JsonValueKind.Object when json.TryGetProperty("amount", out var amount) => Number(amount.GetDecimal()) + " " + json.GetProperty("unit").GetString(),
        JsonValueKind.Object when json.TryGetProperty("latitude", out var latitude) =>
            PointText(latitude.GetDouble(), json.GetProperty("longitude").GetDouble(), json.TryGetProperty("precision", out var p) ? p.GetDouble() : null),
        JsonValueKind.Object => "{" + string.Join(",", json.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null && !(p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 0))
            .OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + ":" + Canon(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", json.EnumerateArray().Select(Canon)) + "]",
        JsonValueKind.String => "\"" + json.GetString() + "\"",
        JsonValueKind.Number => json.TryGetInt64(out var integer) ? integer.ToString(CultureInfo.InvariantCulture) : Number(json.GetDecimal()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    /// <summary>The canonical text of an API value; <paramref name="json"/> says how a bare number was meant where it matters.</summary>
    public static string Canon(object? value, JsonElement? json) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        long or int => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        decimal d => Number(d),
        PartialDate date => "\"" + date + "\"",
        DateSpan span => span.IsSingleDate ? "\"" + span.From + "\"" : SpanText(span.From?.ToString(), span.To?.ToString()),
        EstimatedCount count => CountText(count.Low, count.Best, count.High),
        Quantity q => json is { ValueKind: JsonValueKind.Number } ? Number(q.Amount) : Number(q.Amount) + " " + q.Unit,
        GeoPoint p => PointText(p.Latitude, p.Longitude, p.Precision),
        Fact f => "\"" + f.Id + "\"",
        Term t => "\"" + t.Id + "\"",
        IDictionary dictionary => "{" + string.Join(",", dictionary.Keys.Cast<string>().Where(k => dictionary[k] != null).OrderBy(k => k, StringComparer.Ordinal)
            .Select(k => k + ":" + Canon(dictionary[k], Child(json, k)))) + "}",
        IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select((item, i) => Canon(item, Item(json, i)))) + "]",
        _ => value.ToString() ?? "null",
    };

    private static JsonElement? Child(JsonElement? json, string name) =>
        json is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var child) ? child : null;

    private static JsonElement? Item(JsonElement? json, int index) =>
        json is { ValueKind: JsonValueKind.Array } a && index < a.GetArrayLength() ? a[index] : null;

    private static bool IsSpan(JsonElement json) => json.EnumerateObject().All(p => p.Name is "from" or "to");

    private static bool IsCount(JsonElement json) => json.EnumerateObject().All(p => p.Name is "low" or "best" or "high");

    private static int? Int(JsonElement json, string name) => json.TryGetProperty(name, out var v) ? v.GetInt32() : null;

    private static string SpanText(string? from, string? to) => $"\"{from}..{to}\"";

    private static string CountText(int? low, int? best, int? high) => $"count({low}|{best}|{high})";

    private static string PointText(double latitude, double longitude, double? precision) =>
        string.Create(CultureInfo.InvariantCulture, $"point({latitude:R},{longitude:R},{precision:R})");

    private static string Number(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
