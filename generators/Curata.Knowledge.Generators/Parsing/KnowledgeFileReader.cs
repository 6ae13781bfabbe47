using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>
    /// Turns one knowledge file into a <see cref="KnowledgeFileSpec"/>: parses the JSON, checks each fact's shape on its own, and
    /// keeps every fact whose required parts are valid. What only the declarations can judge (properties a fact's kind does not
    /// read itself, root sections of declared kinds) is kept raw for the checks; so are problems that need other files
    /// (references, duplicate ids).
    /// </summary>
    internal static class KnowledgeFileReader
    {
        private static readonly string[] RoleProperties = { "kind", "title", "of", "span", "sources" };
        private static readonly string[] ParticipantProperties = { "actor", "role" };
        private static readonly string[] FatalityProperties = { "count", "victims", "victimActors", "breakdown", "sources" };
        private static readonly string[] ShareProperties = { "category", "actor", "count", "victims" };
        private static readonly string[] EventTypeProperties = { "id", "name", "description", "parent" };
        private static readonly string[] TermProperties = { "id", "name", "description", "parent" };
        private static readonly string[] ParticipantRoleProperties = { "id", "name", "description" };
        private static readonly string[] PredicateProperties =
            { "id", "name", "description", "symmetric", "inverseOf", "conflictsWith", "subjectKinds", "objectKinds", "acyclic" };
        private static readonly string[] KindProperties = { "id", "plural", "name", "description", "properties" };
        private static readonly string[] PropertyProperties =
            { "kind", "id", "type", "required", "many", "description", "to", "vocabulary", "scheme", "values", "unit", "acyclic" };
        private static readonly string[] SchemeProperties = { "id", "name", "pattern", "url", "description" };

        /// <summary>The root sections this reader knows; any other root property is a section of a declared kind, or a mistake.</summary>
        public static readonly string[] RootSections =
        {
            "$schema", "sources", "actors", "statements", "events", "relations", "eventTypes", "participantRoles", "predicates",
            Vocabularies.ActorKinds, Vocabularies.SourceKinds, Vocabularies.RoleKinds, Vocabularies.PlaceKinds,
            "kinds", "properties", "identifierSchemes",
        };

        public static KnowledgeFileSpec Read(string path, SourceText text, CancellationToken cancellationToken) =>
            Read(path, text, isStandard: false, cancellationToken);

        public static KnowledgeFileSpec Read(string path, SourceText text, bool isStandard, CancellationToken cancellationToken)
        {
            using var parsed = Parse(text, cancellationToken);
            return Read(path, parsed, isStandard, cancellationToken);
        }

        /// <summary>
        /// The file's JSON, parsed once for the readings below: its characters are copied from the host's text into the tape's
        /// buffer (no string of the whole file is made), and parsed onto the tape.
        /// </summary>
        public static ParsedFile Parse(SourceText text, CancellationToken cancellationToken) =>
            Parse(text, JsonTape.Rent(text.Length), cancellationToken);

        /// <summary>The same on the tape given, which must be as long as the text.</summary>
        internal static ParsedFile Parse(SourceText text, JsonTape tape, CancellationToken cancellationToken)
        {
            text.CopyTo(0, tape.Text, 0, text.Length);
            var (root, errors) = JsonParser.Parse(tape, cancellationToken);
            return new ParsedFile(tape, root, errors, TextLines.Of(text));
        }

        public static KnowledgeFileSpec Read(string path, ParsedFile parsed, bool isStandard, CancellationToken cancellationToken)
        {
            var context = new ReadContext(path, parsed.Lines);
            ReportSyntaxErrors(context, parsed.Errors);
            return ReadRoot(context, parsed.Root, isStandard, cancellationToken);
        }

        /// <summary>
        /// The one fact an edit changed, read alone exactly as <see cref="Read(string, SourceText, CancellationToken)"/> reads
        /// it within the whole file (the same locations, the same problems, the fact alone in its section).
        /// <paramref name="content"/> is the file's text now, and <paramref name="before"/> the layout of its text before the
        /// edit, which changed [<paramref name="start"/>, <paramref name="oldEnd"/>) of that text into [<paramref name="start"/>,
        /// <paramref name="newEnd"/>) of this one. The fact that held the change is parsed alone (the rest of the file is as it
        /// was, and parsed cleanly then); when the edit broke its JSON, it is read as the whole file's reading reads a damaged
        /// fact: its syntax errors, and its id among the rejected. Null when no fact held the change, the fact no longer ends where
        /// it ended (its damage reaches beyond it), or it parses cleanly without a valid id.
        /// </summary>
        public static FactAt? ReadFactAt(string path, string content, FactLayout before, int start, int oldEnd, int newEnd, CancellationToken cancellationToken)
        {
            if (before.Holding(start, oldEnd) is not var (factStart, factEnd, section)) return null;
            var shift = newEnd - oldEnd;
            var end = factEnd + shift;
            // A fact sits at depth 2: in its section's array, in the root object.
            using (var tape = JsonTape.Of(content))
            {
                var (value, errors) = JsonParser.ParseValueAt(tape, factStart, depth: 2, cancellationToken);
                if (!value.Exists || value.End != end || errors.Any(e => e.Start < factStart || e.Start + e.Length > end)) return null;
                var id = value.Kind == JsonKind.Object ? ReadableId(value) : null;
                if (errors.Count == 0 && (value.Kind != JsonKind.Object || id == null)) return null;
                // The root as if the section held this element alone.
                var root = tape.Wrap(value, section.Name, section.NameStart, section.NameEnd, section.ArrayStart, section.ArrayEnd + shift,
                    before.RootStart, before.RootEnd + shift);
                var context = new ReadContext(path, TextLines.Of(content));
                ReportSyntaxErrors(context, errors);
                return new FactAt(id, section.Name, factStart, end, ReadRoot(context, root, isStandard: false, cancellationToken));
            }
        }

        private static void ReportSyntaxErrors(ReadContext context, IReadOnlyList<JsonSyntaxError> errors)
        {
            foreach (var error in errors) context.Report(DiagnosticDescriptors.MalformedJson, context.Locate(error.Start, error.Length), error.Message);
        }

        /// <summary>Whether a root section's elements are facts: the built-in kinds' sections, and any the declarations may give a kind to.</summary>
        public static bool IsFactSection(string name) =>
            name is "sources" or "actors" or "statements" or "events" or "relations" || Array.IndexOf(RootSections, name) < 0;

        private static KnowledgeFileSpec ReadRoot(ReadContext context, JsonValue root, bool isStandard, CancellationToken cancellationToken)
        {
            var path = context.Path;
            var file = new Sections();
            if (root.Exists && root.Kind == JsonKind.Object)
            {
                using var reader = context.Reader(root, "a knowledge file", null);
                reader.String("$schema");
                ReadSection(context, reader, "sources", "source", file.Sources, file.RejectedIds, ReadSource, cancellationToken);
                ReadSection(context, reader, "actors", "actor", file.Actors, file.RejectedIds, ReadActor, cancellationToken);
                ReadSection(context, reader, "statements", "statement", file.Statements, file.RejectedIds, ReadStatement, cancellationToken);
                ReadSection(context, reader, "events", "event", file.Events, file.RejectedIds, ReadEvent, cancellationToken);
                ReadSection(context, reader, "relations", "relation", file.Relations, file.RejectedIds, ReadRelation, cancellationToken);
                ReadSection(context, reader, "eventTypes", "event type", file.EventTypes, file.RejectedIds, ReadEventType, cancellationToken, EventTypeProperties);
                ReadSection(context, reader, "participantRoles", "participant role", file.ParticipantRoles, file.RejectedIds, ReadParticipantRole, cancellationToken, ParticipantRoleProperties);
                ReadSection(context, reader, "predicates", "predicate", file.Predicates, file.RejectedIds, ReadPredicate, cancellationToken, PredicateProperties);
                foreach (var vocabulary in Vocabularies.Simple)
                {
                    ReadSection(context, reader, vocabulary, Vocabularies.Describe(vocabulary), file.Terms, file.RejectedIds,
                        (c, r, id) => ReadTerm(vocabulary, r, id), cancellationToken, TermProperties);
                }
                ReadSection(context, reader, "identifierSchemes", "identifier scheme", file.Schemes, file.RejectedIds, ReadScheme, cancellationToken, SchemeProperties);
                ReadKinds(context, reader, file, isStandard, cancellationToken);
                foreach (var item in reader.Items("properties", "an array of property declarations"))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (Damaged(item, rejected: null)) continue;
                    var property = ReadProperty(context, item, kind: null, isStandard);
                    if (property != null) file.Properties.Add(property);
                }
                foreach (var section in reader.Unread()) file.OtherSections.Add(ReadDeclaredSection(context, reader, section, file.RejectedIds, cancellationToken));
            }
            else if (root.Exists)
            {
                context.Report(DiagnosticDescriptors.WrongValueType, context.Locate(root), "the file", "one JSON object", ObjectReader.Describe(root));
            }

            return new KnowledgeFileSpec(path,
                file.Sources.ToEquatableArray(), file.Actors.ToEquatableArray(), file.Statements.ToEquatableArray(),
                file.Events.ToEquatableArray(), file.Relations.ToEquatableArray(), file.EventTypes.ToEquatableArray(),
                file.ParticipantRoles.ToEquatableArray(), file.Predicates.ToEquatableArray(), file.Terms.ToEquatableArray(),
                file.Kinds.ToEquatableArray(), file.Properties.ToEquatableArray(), file.Schemes.ToEquatableArray(),
                file.OtherSections.ToEquatableArray(), file.RejectedIds.ToEquatableArray(), context.Diagnostics.ToEquatableArray());
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
            public List<TermSpec> Terms { get; } = new List<TermSpec>();
            public List<KindSpec> Kinds { get; } = new List<KindSpec>();
            public List<PropertySpec> Properties { get; } = new List<PropertySpec>();
            public List<IdentifierSchemeSpec> Schemes { get; } = new List<IdentifierSchemeSpec>();
            public List<DeclaredSectionSpec> OtherSections { get; } = new List<DeclaredSectionSpec>();
            public List<string> RejectedIds { get; } = new List<string>();
        }

        /// <summary>
        /// Reads each element of a root section. Facts (no <paramref name="allowed"/> list) also get their citations and external
        /// ids read here, and keep what their kind's reader left unread for the declarations.
        /// </summary>
        private static void ReadSection<T>(ReadContext context, ObjectReader root, string section, string singular, List<T> into, List<string> rejected,
            Func<ReadContext, ObjectReader, IdRef, T?> read, CancellationToken cancellationToken, IReadOnlyList<string>? allowed = null) where T : class
        {
            var index = 0;
            foreach (var item in root.Items(section, new MessageText("an array of {0} objects", singular)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                index++;
                if (Damaged(item, rejected)) continue;
                if (item.Kind != JsonKind.Object)
                {
                    context.Report(DiagnosticDescriptors.WrongValueType, context.Locate(item), $"{section}[{index - 1}]", $"a {singular} object", ObjectReader.Describe(item));
                    continue;
                }
                // Messages name the fact by its id when it has a usable one, by its position otherwise.
                var idText = ReadableId(item);
                using var reader = context.Reader(item, idText == null ? new MessageText("{0} #{1}", singular, index) : new MessageText("{0} '{1}'", singular, idText), allowed);
                var id = reader.Id("id", required: true);
                var spec = id == null ? null : read(context, reader, id);
                if (spec is FactSpec fact)
                {
                    var ids = ExternalIds(context, reader);
                    var extra = reader.Unread();
                    // Copied only when there is something to add: most facts have neither.
                    if (ids.Count > 0 || extra.Count > 0) spec = (T)(object)(fact with { Ids = ids, Extra = extra });
                }
                if (spec != null && !reader.Failed) into.Add(spec);
                else if (id != null) rejected.Add(id.Id);
            }
        }

        /// <summary>
        /// True for an element the parser marked damaged: it is dropped without further reports (its <c>KB0001</c> says why),
        /// and its id, when one can be read, is remembered so references to it are not reported as unknown.
        /// </summary>
        private static bool Damaged(JsonValue item, List<string>? rejected)
        {
            if (!item.Damaged) return false;
            if (rejected != null && ReadableId(item) is string id) rejected.Add(id);
            return true;
        }

        /// <summary>The object's (first) <c>id</c> when it is written as a valid id, else null.</summary>
        private static string? ReadableId(JsonValue obj)
        {
            foreach (var property in obj.Properties)
            {
                if (property.Name == "id") return property.Value.String is { } id && Names.IsValidId(id) ? id : null;
            }
            return null;
        }

        /// <summary><c>"ids": { "scheme": "value" }</c>: the schemes and patterns are checked against the declarations later.</summary>
        private static EquatableArray<ExternalIdSpec> ExternalIds(ReadContext context, ObjectReader reader)
        {
            var node = reader.Present("ids", required: false);
            if (!node.Exists) return EquatableArray<ExternalIdSpec>.Empty;
            if (node.Kind != JsonKind.Object)
            {
                reader.WrongType<object>("ids", node, "an object of identifiers by scheme", required: false);
                return EquatableArray<ExternalIdSpec>.Empty;
            }
            var ids = new List<ExternalIdSpec>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in node.Properties)
            {
                var nameLocation = context.Locate(property.NameStart, property.NameEnd - property.NameStart);
                if (!seen.Add(property.Name))
                {
                    context.Report(DiagnosticDescriptors.DuplicateProperty, nameLocation, property.Name);
                    continue;
                }
                if (property.Value.String is not { Length: > 0 } value)
                {
                    context.Report(DiagnosticDescriptors.WrongValueType, context.Locate(property.Value), "ids." + property.Name, "a non-empty identifier string", ObjectReader.Describe(property.Value));
                    continue;
                }
                ids.Add(new ExternalIdSpec(new NameRef(property.Name, nameLocation), value, context.Locate(property.Value)));
            }
            return ids.ToEquatableArray();
        }

        // Each Read* below is given the fact's id, already read and valid.

        private static SourceSpec? ReadSource(ReadContext context, ObjectReader reader, IdRef id) =>
            Kept(reader, new SourceSpec(
                id,
                reader.Id("kind"),
                reader.String("title"),
                ValueReaders.Date(context, reader, "published"),
                reader.String("publisher"),
                reader.String("place"),
                reader.Strings("contributors"),
                reader.String("language"),
                reader.String("notes"),
                reader.String("textFile")));

        private static ActorSpec? ReadActor(ReadContext context, ObjectReader reader, IdRef id) =>
            Kept(reader, new ActorSpec(
                id,
                reader.Id("kind"),
                reader.String("name", required: true)!,
                reader.Strings("aliases"),
                reader.String("description"),
                ValueReaders.Span(context, reader, "lifespan"),
                Objects(context, reader, "roles", "role", RoleProperties, ReadRole),
                ValueReaders.Citations(context, reader)));

        private static RoleSpec? ReadRole(ReadContext context, ObjectReader reader)
        {
            var kind = reader.Id("kind", required: true);
            var title = reader.String("title");
            var of = reader.Id("of");
            if (!reader.Node("title").Exists && !reader.Node("of").Exists)
            {
                context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingProperty, reader.Location, "a role", "title' or 'of"));
                reader.Fail();
            }
            var span = ValueReaders.Span(context, reader, "span");
            var sources = ValueReaders.Citations(context, reader);
            return kind == null ? null : new RoleSpec(kind, title, of, span, sources, reader.Location);
        }

        private static StatementSpec? ReadStatement(ReadContext context, ObjectReader reader, IdRef id) =>
            Kept(reader, new StatementSpec(
                id,
                reader.Id("speaker", required: true)!,
                reader.Id("issuedThrough"),
                ValueReaders.Span(context, reader, "date"),
                reader.Enum<StatementMode>("mode", "statement mode", required: true)!,
                reader.String("text", required: true)!,
                reader.Ids("about"),
                ValueReaders.Citations(context, reader)));

        private static EventSpec? ReadEvent(ReadContext context, ObjectReader reader, IdRef id) =>
            Kept(reader, new EventSpec(
                id,
                reader.Id("type", required: true)!,
                reader.String("name"),
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
            var breakdown = Objects(context, reader, "breakdown", "share of a fatality report", ShareProperties, ReadShare);
            var sources = ValueReaders.Citations(context, reader);
            return count == null ? null : new FatalitySpec(count, victims, victimActors, breakdown, sources);
        }

        private static FatalityShareSpec? ReadShare(ReadContext context, ObjectReader reader)
        {
            var category = reader.Enum<FatalityCategory>("category", "fatality category", required: true);
            var actor = reader.Id("actor");
            var count = ValueReaders.Count(context, reader, "count", required: true);
            var victims = reader.String("victims");
            return category == null || count == null ? null : new FatalityShareSpec(category, actor, count, victims, reader.Location);
        }

        private static RelationSpec? ReadRelation(ReadContext context, ObjectReader reader, IdRef id) =>
            Kept(reader, new RelationSpec(
                id,
                reader.Id("subject", required: true)!,
                reader.Id("predicate", required: true)!,
                reader.Id("object", required: true)!,
                ValueReaders.Span(context, reader, "span"),
                reader.String("note"),
                ValueReaders.Citations(context, reader)));

        private static EventTypeSpec? ReadEventType(ReadContext context, ObjectReader reader, IdRef id) =>
            Kept(reader, new EventTypeSpec(id, reader.String("name", required: true)!, reader.String("description"), reader.Id("parent")));

        private static ParticipantRoleSpec? ReadParticipantRole(ReadContext context, ObjectReader reader, IdRef id) =>
            Kept(reader, new ParticipantRoleSpec(id, reader.String("name", required: true)!, reader.String("description")));

        private static TermSpec? ReadTerm(string vocabulary, ObjectReader reader, IdRef id) =>
            Kept(reader, new TermSpec(vocabulary, id, reader.String("name", required: true)!, reader.String("description"), reader.Id("parent")));

        private static IdentifierSchemeSpec? ReadScheme(ReadContext context, ObjectReader reader, IdRef id) =>
            Kept(reader, new IdentifierSchemeSpec(id, reader.String("name", required: true)!, reader.String("pattern"), reader.String("url"), reader.String("description")));

        private static PredicateSpec? ReadPredicate(ReadContext context, ObjectReader reader, IdRef id) =>
            Kept(reader, new PredicateSpec(
                id,
                reader.String("name", required: true)!,
                reader.String("description"),
                reader.Bool("symmetric") ?? false,
                reader.Id("inverseOf"),
                reader.Ids("conflictsWith"),
                reader.Ids("subjectKinds"),
                reader.Ids("objectKinds"),
                reader.Bool("acyclic") ?? false));

        private static void ReadKinds(ReadContext context, ObjectReader root, Sections file, bool isStandard, CancellationToken cancellationToken)
        {
            var index = 0;
            foreach (var item in root.Items("kinds", "an array of kind declarations"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                index++;
                if (Damaged(item, rejected: null)) continue;
                if (item.Kind != JsonKind.Object)
                {
                    context.Report(DiagnosticDescriptors.WrongValueType, context.Locate(item), $"kinds[{index - 1}]", "a kind declaration object", ObjectReader.Describe(item));
                    continue;
                }
                using var reader = context.Reader(item, $"kind declaration #{index}", KindProperties);
                var id = reader.Id("id", required: true);
                var plural = reader.String("plural", required: true);
                var name = reader.String("name");
                var description = reader.String("description");
                var properties = new List<PropertySpec>();
                if (id != null)
                {
                    var kind = new NameRef(id.Id, id.Location);
                    foreach (var declaration in reader.Items("properties", "an array of property declarations"))
                    {
                        var property = ReadProperty(context, declaration, kind, isStandard);
                        if (property != null) properties.Add(property);
                    }
                }
                if (id == null || plural == null || reader.Failed) continue;
                file.Kinds.Add(new KindSpec(id, new NameRef(plural, context.Locate(reader.Node("plural"))), name, description, isStandard));
                file.Properties.AddRange(properties);
            }
        }

        /// <summary>A property declaration; inside a kind declaration its kind is given, in the <c>properties</c> section it names it.</summary>
        private static PropertySpec? ReadProperty(ReadContext context, JsonValue item, NameRef? kind, bool isStandard)
        {
            if (item.Kind != JsonKind.Object)
            {
                context.Report(DiagnosticDescriptors.WrongValueType, context.Locate(item), "properties[]", "a property declaration object", ObjectReader.Describe(item));
                return null;
            }
            var builtIn = isStandard && kind != null && StandardKinds.HasOwnReader(kind.Name);
            var allowed = kind == null ? PropertyProperties : PropertyProperties.Where(p => p != "kind").ToArray();
            // Only the standard declarations declare objects, whose shape is their nested "properties".
            if (isStandard) allowed = allowed.Concat(new[] { "properties" }).ToArray();
            using var reader = context.Reader(item, "a property declaration", allowed);
            if (kind == null)
            {
                var kindId = reader.Id("kind", required: true);
                if (kindId != null) kind = new NameRef(kindId.Id, kindId.Location);
            }
            var id = PropertyName(context, reader);
            var type = reader.Enum<Datatype>("type", "datatype", required: true);
            var required = reader.Bool("required") ?? false;
            var many = reader.Bool("many") ?? false;
            var description = reader.String("description");
            var target = Target(context, reader, "to") ?? Target(context, reader, "vocabulary") ?? Target(context, reader, "scheme");
            var values = reader.Strings("values");
            var unit = reader.String("unit");
            var acyclic = reader.Bool("acyclic") ?? false;
            var nested = new List<PropertySpec>();
            if (isStandard && kind != null)
            {
                foreach (var declaration in reader.Items("properties", "an array of property declarations"))
                {
                    if (ReadProperty(context, declaration, kind, isStandard) is PropertySpec property) nested.Add(property);
                }
            }
            if (kind == null || id == null || type == null || reader.Failed) return null;
            return new PropertySpec(kind, id, (Datatype)Enum.Parse(typeof(Datatype), type), required, many, description, target, values, unit, acyclic,
                isStandard, builtIn, reader.Location) { Properties = nested.ToEquatableArray() };
        }

        private static NameRef? Target(ReadContext context, ObjectReader reader, string name)
        {
            var value = reader.String(name);
            return value == null ? null : new NameRef(value, context.Locate(reader.Node(name)));
        }

        /// <summary>A property's name: the JSON property it is written as, in camel case (<c>partOf</c>), so also a valid C# name.</summary>
        private static NameRef? PropertyName(ReadContext context, ObjectReader reader)
        {
            var text = reader.String("id", required: true);
            if (text == null) return null;
            var location = context.Locate(reader.Node("id"));
            if (!Names.IsValidPropertyName(text))
            {
                context.Report(DiagnosticDescriptors.InvalidPropertyName, location, text);
                reader.Fail();
                return null;
            }
            return new NameRef(text, location);
        }

        /// <summary>
        /// The elements of a root section no built-in kind reads, each read as a fact of a kind still to be found: its id,
        /// citations and external ids now, the rest kept raw.
        /// </summary>
        private static DeclaredSectionSpec ReadDeclaredSection(ReadContext context, ObjectReader root, RawProperty section, List<string> rejected, CancellationToken cancellationToken)
        {
            var node = root.Node(section.Name.Name);
            if (node.Kind != JsonKind.Array) return new DeclaredSectionSpec(section.Name, false, EquatableArray<DeclaredFactSpec>.Empty);
            var facts = new List<DeclaredFactSpec>();
            var index = 0;
            foreach (var item in node.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                index++;
                if (Damaged(item, rejected)) continue;
                if (item.Kind != JsonKind.Object)
                {
                    context.Report(DiagnosticDescriptors.WrongValueType, context.Locate(item), $"{section.Name.Name}[{index - 1}]", "a fact object", ObjectReader.Describe(item));
                    continue;
                }
                var idText = ReadableId(item);
                using var reader = context.Reader(item, idText == null ? new MessageText("{0} #{1}", section.Name.Name, index) : new MessageText("'{0}'", idText), null);
                var id = reader.Id("id", required: true);
                var sources = ValueReaders.Citations(context, reader);
                var ids = ExternalIds(context, reader);
                if (id == null) continue;
                if (reader.Failed)
                {
                    rejected.Add(id.Id);
                    continue;
                }
                facts.Add(new DeclaredFactSpec(string.Empty, id, sources) { Ids = ids, Extra = reader.Unread() });
            }
            return new DeclaredSectionSpec(section.Name, true, facts.ToEquatableArray());
        }

        /// <summary>Reads every element of an array of nested objects (roles, participants, fatality reports), dropping invalid ones.</summary>
        private static EquatableArray<T> Objects<T>(ReadContext context, ObjectReader owner, string name, string singular,
            IReadOnlyList<string> allowed, Func<ReadContext, ObjectReader, T?> read) where T : class, IEquatable<T>
        {
            var items = owner.Items(name, new MessageText("an array of {0} objects", singular));
            var result = new EquatableArrayBuilder<T>(items.Count);
            foreach (var item in items)
            {
                if (item.Kind != JsonKind.Object)
                {
                    context.Report(DiagnosticDescriptors.WrongValueType, context.Locate(item), name + "[]", $"a {singular} object", ObjectReader.Describe(item));
                    continue;
                }
                using var reader = context.Reader(item, new MessageText("a {0} of {1}", singular, owner), allowed);
                var value = read(context, reader);
                if (value != null && !reader.Failed) result.Add(value);
            }
            return result.ToEquatableArray();
        }

        // Every property is read (so every problem is reported), making the spec, before deciding whether the fact survives.
        // The spec is passed in, not a lambda that makes it: a closure per fact read added up to megabytes.
        private static T? Kept<T>(ObjectReader reader, T spec) where T : class => reader.Failed ? null : spec;
    }
}
