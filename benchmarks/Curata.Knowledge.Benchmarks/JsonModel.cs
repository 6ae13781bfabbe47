using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Curata.Knowledge.Benchmarks;

// The alternative to compiling: the same JSON read at start-up with System.Text.Json's source generator, into plain objects
// that follow docs/knowledge-format.md. Dates stay strings and references stay ids, as an application doing this would keep
// them; the compiled base has parsed dates and linked objects, so this side does less work per fact.

/// <summary>One knowledge file.</summary>
public sealed class KnowledgeFileJson
{
    [JsonPropertyName("$schema")] public string? Schema { get; set; }
    public List<SourceJson>? Sources { get; set; }
    public List<ActorJson>? Actors { get; set; }
    public List<StatementJson>? Statements { get; set; }
    public List<EventJson>? Events { get; set; }
    public List<RelationJson>? Relations { get; set; }
    public List<EventTypeJson>? EventTypes { get; set; }
    public List<ParticipantRoleJson>? ParticipantRoles { get; set; }
    public List<PredicateJson>? Predicates { get; set; }
}

public sealed class SourceJson
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Published { get; set; }
    public string? Publisher { get; set; }
    public string? Place { get; set; }
    public List<string>? Contributors { get; set; }
    public string? Language { get; set; }
    public string? Notes { get; set; }
    public string? TextFile { get; set; }
}

public sealed class ActorJson
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string>? Aliases { get; set; }
    public string? Description { get; set; }
    public SpanJson? Lifespan { get; set; }
    public List<RoleJson>? Roles { get; set; }
    public List<CitationJson>? Sources { get; set; }
}

public sealed class RoleJson
{
    public string Kind { get; set; } = "";
    public string? Title { get; set; }
    public string? Of { get; set; }
    public SpanJson? Span { get; set; }
    public List<CitationJson>? Sources { get; set; }
}

public sealed class StatementJson
{
    public string Id { get; set; } = "";
    public string Speaker { get; set; } = "";
    public string? IssuedThrough { get; set; }
    public SpanJson? Date { get; set; }
    public string Mode { get; set; } = "";
    public string Text { get; set; } = "";
    public List<string>? About { get; set; }
    public List<CitationJson>? Sources { get; set; }
}

public sealed class EventJson
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Summary { get; set; }
    public SpanJson? Date { get; set; }
    public string? Place { get; set; }
    public List<ParticipantJson>? Participants { get; set; }
    public List<FatalityJson>? Fatalities { get; set; }
    public CountJson? Occurrences { get; set; }
    public List<string>? Causes { get; set; }
    public string? PartOf { get; set; }
    public List<CitationJson>? Sources { get; set; }
}

public sealed class ParticipantJson
{
    public string Actor { get; set; } = "";
    public string Role { get; set; } = "";
}

public sealed class FatalityJson
{
    public CountJson? Count { get; set; }
    public string? Victims { get; set; }
    public List<string>? VictimActors { get; set; }
    public List<CitationJson>? Sources { get; set; }
}

public sealed class CountJson
{
    public int? Low { get; set; }
    public int? Best { get; set; }
    public int? High { get; set; }
}

public sealed class RelationJson
{
    public string Id { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Predicate { get; set; } = "";
    public string Object { get; set; } = "";
    public SpanJson? Span { get; set; }
    public string? Note { get; set; }
    public List<CitationJson>? Sources { get; set; }
}

public sealed class CitationJson
{
    public string Source { get; set; } = "";
    public int? Paragraph { get; set; }
    public string? Note { get; set; }
}

public sealed class EventTypeJson
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? Parent { get; set; }
}

public sealed class ParticipantRoleJson
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
}

public sealed class PredicateJson
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public bool? Symmetric { get; set; }
    public string? InverseOf { get; set; }
    public List<string>? ConflictsWith { get; set; }
    public List<string>? SubjectKinds { get; set; }
    public List<string>? ObjectKinds { get; set; }
    public bool? Acyclic { get; set; }
}

/// <summary>A span: a single date string, or <c>{ "from": ..., "to": ... }</c> with either end left out.</summary>
[JsonConverter(typeof(SpanJsonConverter))]
public sealed class SpanJson
{
    public string? From { get; set; }
    public string? To { get; set; }
    public bool IsSingleDate { get; set; }
}

public sealed class SpanJsonConverter : JsonConverter<SpanJson>
{
    public override SpanJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var date = reader.GetString();
            return new SpanJson { From = date, To = date, IsSingleDate = true };
        }
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A span is a date string or an object.");
        var span = new SpanJson();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            if (property == "from") span.From = reader.GetString();
            else if (property == "to") span.To = reader.GetString();
            else reader.Skip();
        }
        return span;
    }

    public override void Write(Utf8JsonWriter writer, SpanJson value, JsonSerializerOptions options)
    {
        if (value.IsSingleDate)
        {
            writer.WriteStringValue(value.From);
            return;
        }
        writer.WriteStartObject();
        if (value.From != null) writer.WriteString("from", value.From);
        if (value.To != null) writer.WriteString("to", value.To);
        writer.WriteEndObject();
    }
}

/// <summary>The source-generated serializer metadata: no reflection at start-up.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(KnowledgeFileJson))]
public sealed partial class KnowledgeJsonContext : JsonSerializerContext;
