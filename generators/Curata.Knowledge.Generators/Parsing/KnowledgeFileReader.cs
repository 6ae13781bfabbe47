using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>
    /// Turns one knowledge file into a <see cref="KnowledgeFileSpec"/>: parses the JSON, checks each fact's shape on its own, and
    /// keeps every fact whose required parts are valid. Problems that need other files (references, duplicate ids) are left to
    /// the checks.
    /// </summary>
    internal static class KnowledgeFileReader
    {
        private static readonly string[] RootProperties =
            { "$schema", "sources", "actors", "statements", "events", "relations", "eventTypes", "participantRoles", "predicates" };
        private static readonly string[] SourceProperties = { "id", "kind", "title", "published", "publisher", "place", "contributors", "language", "notes", "textFile" };
        private static readonly string[] ActorProperties = { "id", "kind", "name", "aliases", "description", "lifespan", "roles", "sources" };
        private static readonly string[] RoleProperties = { "kind", "title", "of", "span", "sources" };
        private static readonly string[] StatementProperties = { "id", "speaker", "issuedThrough", "date", "mode", "text", "about", "sources" };
        private static readonly string[] EventProperties =
            { "id", "type", "name", "summary", "date", "place", "participants", "fatalities", "occurrences", "causes", "partOf", "sources" };
        private static readonly string[] ParticipantProperties = { "actor", "role" };
        private static readonly string[] FatalityProperties = { "count", "victims", "victimActors", "sources" };
        private static readonly string[] RelationProperties = { "id", "subject", "predicate", "object", "span", "note", "sources" };
        private static readonly string[] EventTypeProperties = { "id", "name", "description", "parent" };
        private static readonly string[] ParticipantRoleProperties = { "id", "name", "description" };
        private static readonly string[] PredicateProperties =
            { "id", "name", "description", "symmetric", "inverseOf", "conflictsWith", "subjectKinds", "objectKinds", "acyclic" };

        public static KnowledgeFileSpec Read(string path, SourceText text, CancellationToken cancellationToken)
        {
            var context = new ReadContext(path, text);
            var (root, error) = JsonParser.Parse(text.ToString(), cancellationToken);
            if (error != null)
            {
                context.Report(DiagnosticDescriptors.MalformedJson, context.Locate(error.Start, error.Length), error.Message);
            }

            var file = new Sections();
            if (root is JsonObject rootObject)
            {
                var reader = new ObjectReader(context, rootObject, "a knowledge file", RootProperties);
                reader.String("$schema");
                ReadSection(context, reader, "sources", file.Sources, file.RejectedIds, ReadSource, cancellationToken);
                ReadSection(context, reader, "actors", file.Actors, file.RejectedIds, ReadActor, cancellationToken);
                ReadSection(context, reader, "statements", file.Statements, file.RejectedIds, ReadStatement, cancellationToken);
                ReadSection(context, reader, "events", file.Events, file.RejectedIds, ReadEvent, cancellationToken);
                ReadSection(context, reader, "relations", file.Relations, file.RejectedIds, ReadRelation, cancellationToken);
                ReadSection(context, reader, "eventTypes", file.EventTypes, file.RejectedIds, ReadEventType, cancellationToken);
                ReadSection(context, reader, "participantRoles", file.ParticipantRoles, file.RejectedIds, ReadParticipantRole, cancellationToken);
                ReadSection(context, reader, "predicates", file.Predicates, file.RejectedIds, ReadPredicate, cancellationToken);
            }
            else if (root != null)
            {
                context.Report(DiagnosticDescriptors.WrongValueType, context.Locate(root), "the file", "one JSON object", ObjectReader.Describe(root));
            }

            return new KnowledgeFileSpec(path,
                file.Sources.ToEquatableArray(), file.Actors.ToEquatableArray(), file.Statements.ToEquatableArray(),
                file.Events.ToEquatableArray(), file.Relations.ToEquatableArray(), file.EventTypes.ToEquatableArray(),
                file.ParticipantRoles.ToEquatableArray(), file.Predicates.ToEquatableArray(), file.RejectedIds.ToEquatableArray(),
                context.Diagnostics.ToEquatableArray());
        }

        private sealed class Sections
        {
            public List<SourceSpec> Sources { get; } = new List<SourceSpec>();
            public List<ActorSpec> Actors { get; } = new List<ActorSpec>();
            public List<StatementSpec> Statements { get; } = new List<StatementSpec>();
            public List<EventSpec> Events { get; } = new List<EventSpec>();
            public List<RelationSpec> Relations { get; } = new List<RelationSpec>();
            public List<EventTypeSpec> EventTypes { get; } = new List<EventTypeSpec>();
            public List<ParticipantRoleSpec> ParticipantRoles { get; } = new List<ParticipantRoleSpec>();
            public List<PredicateSpec> Predicates { get; } = new List<PredicateSpec>();
            public List<string> RejectedIds { get; } = new List<string>();
        }

        private static void ReadSection<T>(ReadContext context, ObjectReader root, string section, List<T> into, List<string> rejected,
            Func<ReadContext, ObjectReader, IdRef, T?> read, CancellationToken cancellationToken) where T : class
        {
            var singular = Singular(section);
            var index = 0;
            foreach (var item in root.Items(section, $"an array of {singular} objects"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                index++;
                if (item is not JsonObject obj)
                {
                    context.Report(DiagnosticDescriptors.WrongValueType, context.Locate(item), $"{section}[{index - 1}]", $"a {singular} object", ObjectReader.Describe(item));
                    continue;
                }
                // Messages name the fact by its id when it has a usable one, by its position otherwise.
                var idText = obj.Properties.FirstOrDefault(p => p.Name == "id")?.Value is JsonString s && Names.IsValidId(s.Value) ? s.Value : null;
                var reader = new ObjectReader(context, obj, idText == null ? $"{singular} #{index}" : $"{singular} '{idText}'", AllowedFor(section));
                var id = reader.Id("id", required: true);
                var spec = id == null ? null : read(context, reader, id);
                if (spec != null && !reader.Failed) into.Add(spec);
                else if (id != null) rejected.Add(id.Id);
            }
        }

        private static string Singular(string section) => section switch
        {
            "sources" => "source",
            "actors" => "actor",
            "statements" => "statement",
            "events" => "event",
            "relations" => "relation",
            "eventTypes" => "event type",
            "participantRoles" => "participant role",
            _ => "predicate",
        };

        private static IReadOnlyList<string> AllowedFor(string section) => section switch
        {
            "sources" => SourceProperties,
            "actors" => ActorProperties,
            "statements" => StatementProperties,
            "events" => EventProperties,
            "relations" => RelationProperties,
            "eventTypes" => EventTypeProperties,
            "participantRoles" => ParticipantRoleProperties,
            _ => PredicateProperties,
        };

        // Each Read* below is given the fact's id, already read and valid.

        private static SourceSpec? ReadSource(ReadContext context, ObjectReader reader, IdRef id) =>
            Build(reader, () => new SourceSpec(
                id,
                reader.Enum<SourceKind>("kind", "source kind", required: true)!,
                reader.String("title", required: true)!,
                ValueReaders.Date(context, reader, "published"),
                reader.String("publisher"),
                reader.String("place"),
                reader.Strings("contributors"),
                reader.String("language"),
                reader.String("notes"),
                reader.String("textFile")));

        private static ActorSpec? ReadActor(ReadContext context, ObjectReader reader, IdRef id) =>
            Build(reader, () => new ActorSpec(
                id,
                reader.Enum<ActorKind>("kind", "actor kind", required: true)!,
                reader.String("name", required: true)!,
                reader.Strings("aliases"),
                reader.String("description"),
                ValueReaders.Span(context, reader, "lifespan"),
                Objects(context, reader, "roles", "role", RoleProperties, ReadRole),
                ValueReaders.Citations(context, reader)));

        private static RoleSpec? ReadRole(ReadContext context, ObjectReader reader)
        {
            var kind = reader.Enum<RoleKind>("kind", "role kind", required: true);
            var title = reader.String("title");
            var of = reader.Id("of");
            if (reader.Node("title") == null && reader.Node("of") == null)
            {
                context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingProperty, reader.Location, "a role", "title' or 'of"));
                reader.Fail();
            }
            var span = ValueReaders.Span(context, reader, "span");
            var sources = ValueReaders.Citations(context, reader);
            return kind == null ? null : new RoleSpec(kind, title, of, span, sources, reader.Location);
        }

        private static StatementSpec? ReadStatement(ReadContext context, ObjectReader reader, IdRef id) =>
            Build(reader, () => new StatementSpec(
                id,
                reader.Id("speaker", required: true)!,
                reader.Id("issuedThrough"),
                ValueReaders.Span(context, reader, "date"),
                reader.Enum<StatementMode>("mode", "statement mode", required: true)!,
                reader.String("text", required: true)!,
                reader.Ids("about"),
                ValueReaders.Citations(context, reader)));

        private static EventSpec? ReadEvent(ReadContext context, ObjectReader reader, IdRef id) =>
            Build(reader, () => new EventSpec(
                id,
                reader.Id("type", required: true)!,
                reader.String("name", required: true)!,
                reader.String("summary"),
                ValueReaders.Span(context, reader, "date"),
                reader.String("place"),
                Objects(context, reader, "participants", "participant", ParticipantProperties, ReadParticipant),
                Objects(context, reader, "fatalities", "fatality report", FatalityProperties, ReadFatality),
                ValueReaders.Count(context, reader, "occurrences"),
                reader.Ids("causes"),
                reader.Id("partOf"),
                ValueReaders.Citations(context, reader)));

        private static ParticipantSpec? ReadParticipant(ReadContext context, ObjectReader reader)
        {
            var actor = reader.Id("actor", required: true);
            var role = reader.Id("role", required: true);
            return actor == null || role == null ? null : new ParticipantSpec(actor, role);
        }

        private static FatalitySpec? ReadFatality(ReadContext context, ObjectReader reader)
        {
            var count = ValueReaders.Count(context, reader, "count", required: true);
            var victims = reader.String("victims");
            var victimActors = reader.Ids("victimActors");
            var sources = ValueReaders.Citations(context, reader);
            return count == null ? null : new FatalitySpec(count, victims, victimActors, sources);
        }

        private static RelationSpec? ReadRelation(ReadContext context, ObjectReader reader, IdRef id) =>
            Build(reader, () => new RelationSpec(
                id,
                reader.Id("subject", required: true)!,
                reader.Id("predicate", required: true)!,
                reader.Id("object", required: true)!,
                ValueReaders.Span(context, reader, "span"),
                reader.String("note"),
                ValueReaders.Citations(context, reader)));

        private static EventTypeSpec? ReadEventType(ReadContext context, ObjectReader reader, IdRef id) =>
            Build(reader, () => new EventTypeSpec(id, reader.String("name", required: true)!, reader.String("description"), reader.Id("parent")));

        private static ParticipantRoleSpec? ReadParticipantRole(ReadContext context, ObjectReader reader, IdRef id) =>
            Build(reader, () => new ParticipantRoleSpec(id, reader.String("name", required: true)!, reader.String("description")));

        private static PredicateSpec? ReadPredicate(ReadContext context, ObjectReader reader, IdRef id) =>
            Build(reader, () => new PredicateSpec(
                id,
                reader.String("name", required: true)!,
                reader.String("description"),
                reader.Bool("symmetric") ?? false,
                reader.Id("inverseOf"),
                reader.Ids("conflictsWith"),
                ActorKinds(reader, "subjectKinds"),
                ActorKinds(reader, "objectKinds"),
                reader.Bool("acyclic") ?? false));

        private static EquatableArray<string> ActorKinds(ObjectReader reader, string name)
        {
            var kinds = new List<string>();
            foreach (var item in reader.Items(name, "an array of actor kinds"))
            {
                var kind = item is JsonString text
                    ? reader.EnumValue<ActorKind>(text.Value, item, "actor kind", required: false)
                    : reader.WrongType<string>(name + "[]", item, "an actor kind string", required: false);
                if (kind != null) kinds.Add(kind);
            }
            return kinds.ToEquatableArray();
        }

        /// <summary>Reads every element of an array of nested objects (roles, participants, fatality reports), dropping invalid ones.</summary>
        private static EquatableArray<T> Objects<T>(ReadContext context, ObjectReader owner, string name, string singular,
            IReadOnlyList<string> allowed, Func<ReadContext, ObjectReader, T?> read) where T : class, IEquatable<T>
        {
            var result = new List<T>();
            foreach (var item in owner.Items(name, $"an array of {singular} objects"))
            {
                if (item is not JsonObject obj)
                {
                    context.Report(DiagnosticDescriptors.WrongValueType, context.Locate(item), name + "[]", $"a {singular} object", ObjectReader.Describe(item));
                    continue;
                }
                var reader = new ObjectReader(context, obj, $"a {singular} of {owner.What}", allowed);
                var value = read(context, reader);
                if (value != null && !reader.Failed) result.Add(value);
            }
            return result.ToEquatableArray();
        }

        // Every property is read (so every problem is reported) before deciding whether the fact survives.
        private static T? Build<T>(ObjectReader reader, Func<T> create) where T : class
        {
            var spec = create();
            return reader.Failed ? null : spec;
        }
    }
}
