using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Options;
using Curata.Knowledge.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;
using static Curata.Knowledge.Generators.Emit.XmlDocText;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>
    /// Writes the C# for a checked knowledge base: one <c>KnowledgeBase</c> class that builds the linked graph on first use, and
    /// one class per kind of fact or term with an <c>All</c> collection, lookups, and a typed, documented member per fact.
    /// This is the only file that knows the shape of the generated code.
    /// </summary>
    internal sealed class KnowledgeEmitter
    {
        /// <summary>
        /// How many members <see cref="TypedMembers.Auto"/> types in full, in all: about a second of the compiler's time, at
        /// half a millisecond per member (measured with the SDK's analyzers). A class that does not fit in what is left gets
        /// members for the facts the code names.
        /// </summary>
        internal const int TypedMemberBudget = 2_000;

        /// <summary>
        /// No generated class gets more typed members than this, in any mode: the runtime refuses to load a type with more
        /// than 65,535 methods (each member is a getter), and the compiler does not warn.
        /// </summary>
        internal const int MaxMembersPerClass = 60_000;

        /// <summary>
        /// Bytes per piece of the packed fact table (48 KiB, a few pages; 26,215 characters). Each piece is an attribute's
        /// string (<c>FactTableChunkAttribute</c>), which the compiler copies into metadata as it reads it, and which the runtime
        /// reads and decodes only when a query first reaches a page in it: small pieces keep that work near what a query reads.
        /// Measured at 100,000 facts, against pieces four times as long: the first query 28 ms instead of 31, allocating 9.7 MB
        /// instead of 16.
        /// </summary>
        internal const int PieceBytes = 48 << 10;

        private const string R = "global::Curata.Knowledge.";
        private static readonly string GeneratorVersion = typeof(KnowledgeEmitter).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

        private readonly KnowledgeBaseSpec _spec;
        private readonly GeneratorOptions _options;
        private readonly CancellationToken _cancellationToken;
        private readonly string _modifier;
        private readonly string _root;
        private Dictionary<string, ActorSpec>? _actorsById;
        private readonly HashSet<string> _withoutMember;

        // Only statements' and relations' docs name actors: built for those files alone.
        private Dictionary<string, ActorSpec> ActorsById => _actorsById ??= _spec.Actors.ToDictionary(a => a.Id.Id, StringComparer.Ordinal);
        private readonly HashSet<string> _namedInCode;
        private readonly bool _extensionMembers;

        private KnowledgeEmitter(KnowledgeBaseSpec spec, GeneratorOptions options, bool extensionMembers, EquatableArray<string> namedInCode,
            CancellationToken cancellationToken)
        {
            _extensionMembers = extensionMembers;
            _spec = spec;
            _options = options;
            _cancellationToken = cancellationToken;
            _modifier = Modifier(options);
            _root = $"global::{options.Namespace}.{GeneratedNames.KnowledgeBase}";
            _withoutMember = new HashSet<string>(spec.IdsWithoutMember, StringComparer.Ordinal);
            _namedInCode = new HashSet<string>(namedInCode, StringComparer.Ordinal);
        }

        /// <summary>
        /// The generated API: every file but the fact table, as (hint name, source) pairs, in a fixed order.
        /// <paramref name="namedInCode"/>: the typed members the project's code names (<see cref="NamedMembers"/>), generated
        /// even where a class is not typed in full.
        /// </summary>
        public static IReadOnlyList<(string HintName, string Source)> Emit(KnowledgeBaseSpec spec, GeneratorOptions options, bool extensionMembers,
            EquatableArray<string> namedInCode, CancellationToken cancellationToken) =>
            Plan(spec, options, extensionMembers, namedInCode).Select(file => (file.HintName, Write(file, cancellationToken))).ToList();

        /// <summary>
        /// The files of the generated API, in a fixed order, each with what its text depends on (<see cref="ApiFile"/>): the
        /// driver writes again only those whose dependencies changed.
        /// </summary>
        public static IReadOnlyList<ApiFile> Plan(KnowledgeBaseSpec spec, GeneratorOptions options, bool extensionMembers, EquatableArray<string> namedInCode)
        {
            ApiFile File(string hintName, ApiFileKind kind, string subject, params object?[] dependsOn) =>
                new ApiFile(hintName, kind, subject, spec, options, extensionMembers, namedInCode, dependsOn);

            // A class's text depends on its facts when it has members (their docs) or carries their ids (KnowledgeIds); else
            // only on its name.
            var typedInFull = TypedMemberPolicy.ClassesTypedInFull(spec, options.TypedMembers);
            (bool InFull, object? Facts, bool Members) Typing<T>(string className, EquatableArray<T> items) where T : IEquatable<T>
            {
                var inFull = typedInFull.Contains(className);
                var members = inFull || namedInCode.Any(n => n.StartsWith(className + ".", StringComparison.Ordinal));
                return (inFull, members || items.Count <= MaxCarriedIds ? items : null, members);
            }

            // Statements' and relations' docs name their actors.
            ApiFile Facts<T>(string className, EquatableArray<T> items, bool docsNameActors) where T : IEquatable<T>
            {
                var (inFull, facts, members) = Typing(className, items);
                return File(className + ".g.cs", ApiFileKind.FactClass, className, inFull, facts, members && docsNameActors ? spec.Actors : null);
            }

            var files = new List<ApiFile>
            {
                File("KnowledgeBase.g.cs", ApiFileKind.KnowledgeBase, GeneratedNames.KnowledgeBase,
                    spec.Sources.Count, spec.Actors.Count, spec.Statements.Count, spec.Events.Count, spec.Relations.Count, spec.Kinds),
                Facts(GeneratedNames.Sources, spec.Sources, docsNameActors: false),
                Facts(GeneratedNames.Actors, spec.Actors, docsNameActors: false),
                Facts(GeneratedNames.Statements, spec.Statements, docsNameActors: true),
                Facts(GeneratedNames.Events, spec.Events, docsNameActors: false),
                Facts(GeneratedNames.Relations, spec.Relations, docsNameActors: true),
                File("EventTypes.g.cs", ApiFileKind.TermClass, Vocabularies.EventTypes, spec.EventTypes),
                File("ParticipantRoles.g.cs", ApiFileKind.TermClass, Vocabularies.ParticipantRoles, spec.ParticipantRoles),
                File("Predicates.g.cs", ApiFileKind.TermClass, Vocabularies.Predicates, spec.Predicates),
            };
            foreach (var vocabulary in Vocabularies.Simple)
            {
                files.Add(File(Vocabularies.ClassName(vocabulary) + ".g.cs", ApiFileKind.TermClass, vocabulary, TermsOf(spec, vocabulary)));
            }
            foreach (var kind in FactTableWriter.DeclaredKinds(spec))
            {
                var className = GeneratedNames.ClassOf(kind.Plural.Name);
                var (inFull, facts, _) = Typing(className, FactsOf(spec, kind));
                files.Add(File(className + ".g.cs", ApiFileKind.DeclaredKind, kind.Id.Id, inFull, facts, spec.Kinds, spec.Properties));
            }
            foreach (var kind in spec.Kinds.Where(k => GeneratedNames.RuntimeTypes.ContainsKey(k.Id.Id) && FactTableWriter.Slots(spec, k.Id.Id).Any(p => !p.IsStandard)))
            {
                files.Add(File(GeneratedNames.ExtensionsOf(GeneratedNames.RuntimeTypes[kind.Id.Id]) + ".g.cs", ApiFileKind.Extensions, kind.Id.Id, spec.Kinds, spec.Properties));
            }
            return files;
        }

        /// <summary>The text of one file of the generated API.</summary>
        public static string Write(ApiFile file, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var spec = file.Spec;
            var emitter = new KnowledgeEmitter(spec, file.Options, file.ExtensionMembers, file.NamedInCode, cancellationToken);
            switch (file.Kind)
            {
                case ApiFileKind.KnowledgeBase:
                    return emitter.KnowledgeBase();
                case ApiFileKind.FactClass when file.Subject == GeneratedNames.Sources:
                    return emitter.FactClass(GeneratedNames.Sources, "Source", "Sources", spec.Sources, s => s.Id, emitter.DescribeSource);
                case ApiFileKind.FactClass when file.Subject == GeneratedNames.Actors:
                    return emitter.FactClass(GeneratedNames.Actors, "Actor", "Actors", spec.Actors, a => a.Id, emitter.DescribeActor);
                case ApiFileKind.FactClass when file.Subject == GeneratedNames.Statements:
                    return emitter.FactClass(GeneratedNames.Statements, "Statement", "Statements", spec.Statements, s => s.Id, emitter.DescribeStatement);
                case ApiFileKind.FactClass when file.Subject == GeneratedNames.Events:
                    return emitter.FactClass(GeneratedNames.Events, "Event", "Events", spec.Events, e => e.Id, emitter.DescribeEvent);
                case ApiFileKind.FactClass:
                    return emitter.FactClass(GeneratedNames.Relations, "Relation", "Relations", spec.Relations, r => r.Id, emitter.DescribeRelation);
                case ApiFileKind.TermClass when file.Subject == Vocabularies.EventTypes:
                    return emitter.TermClass(Vocabularies.EventTypes, spec.EventTypes, t => t.Id, t => (t.Name, t.Description));
                case ApiFileKind.TermClass when file.Subject == Vocabularies.ParticipantRoles:
                    return emitter.TermClass(Vocabularies.ParticipantRoles, spec.ParticipantRoles, t => t.Id, t => (t.Name, t.Description));
                case ApiFileKind.TermClass when file.Subject == Vocabularies.Predicates:
                    return emitter.TermClass(Vocabularies.Predicates, spec.Predicates, t => t.Id, t => (t.Name, t.Description));
                case ApiFileKind.TermClass:
                    return emitter.TermClass(file.Subject, TermsOf(spec, file.Subject), t => t.Id, t => (t.Name, t.Description));
                case ApiFileKind.DeclaredKind:
                    return emitter.DeclaredKindClasses(spec.Kinds.First(k => k.Id.Id == file.Subject));
                default:
                    return emitter.Extensions(spec.Kinds.First(k => k.Id.Id == file.Subject))!;
            }
        }

        private static EquatableArray<TermSpec> TermsOf(KnowledgeBaseSpec spec, string vocabulary) =>
            spec.Terms.Where(t => t.Vocabulary == vocabulary).ToEquatableArray();

        private static EquatableArray<DeclaredFactSpec> FactsOf(KnowledgeBaseSpec spec, KindSpec kind) =>
            spec.DeclaredFacts.Where(f => f.DeclaredKind == kind.Id.Id).ToEquatableArray();

        /// <summary>The hint name of the fact table's file.</summary>
        public const string FactTableHintName = "FactTable.g.cs";

        // The packed fact table in attribute strings of PieceBytes bytes each, 15 bits per character (FactTableText). Measured on
        // 10 MB of table: UTF-8 literals ("..."u8) cost the compiler about 5 s (a node per byte), attribute strings about 0.5 s;
        // plain string literals would be as cheap but count against the assembly's 16 MB limit on them (CS8103), attribute
        // strings do not. Against base64, 15 bits per character cost the compiler the same time and two fifths of the memory for
        // the text, which it keeps in UTF-16 (the file, and the string tokens parsed from it).
        /// <summary>
        /// The fact table's file: the checked facts written, packed and put in attribute strings, and the implementation of the
        /// partial method through which <c>KnowledgeBase</c> opens them. It is what the program reads when it runs, and nothing
        /// the API's code refers to, so the generator hands it to the compiler as an implementation output.
        /// </summary>
        public static SourceText FactTable(KnowledgeBaseSpec spec, GeneratorOptions options, CancellationToken cancellationToken)
        {
            // After an edit, a build that keeps its driver (a compiler server) takes up what the last write left.
            var last = WrittenFactTable.For(spec);
            var written = FactTableWriter.Write(spec, last, cancellationToken);
            var table = written.Table;
            var packed = FactTablePacker.Pack(table, last, cancellationToken);
            written.Keep(packed);
            var pieces = FactTableSource.PieceCount(packed, PieceBytes);
            // An outline with a mark for each piece: the pieces' characters are encoded as the compiler reads the text.
            var w = Begin(options);
            w.Open($"{Modifier(options)} static partial class {GeneratedNames.KnowledgeBase}")
                .Line($"static partial void {ReadFactTable}(ref {R}PackedFactTable? table) => table = FactTable.Open();")
                .Line()
                .Line($"/// <summary>The facts as the generator compiled them: {table.Length:N0} bytes, packed into {packed.Length:N0} in {Plural(pieces, "piece")}.</summary>")
                .Open("private static class FactTable")
                .Line($"public static {R}PackedFactTable Open() => {R}FactTableChunkAttribute.Open({packed.Length}, {PieceBytes}{string.Concat(Enumerable.Range(0, pieces).Select(i => $", typeof(Chunk{i})"))});");
            for (var i = 0; i < pieces; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                w.Line().Line($"[{R}FactTableChunk(\"{FactTableSource.Piece}\")]")
                    .Line($"private static class Chunk{i} {{ }}");
            }
            w.Close().Close().Close();
            return FactTableSource.Text(w.ToString(), packed, PieceBytes, cancellationToken);
        }

        // The partial method through which KnowledgeBase.g.cs gets the table from FactTable.g.cs.
        private const string ReadFactTable = "ReadFactTable";

        private SourceWriter Begin() => Begin(_options);

        // Annotations only: the API's types say what may be null, as with `#nullable enable`, but the compiler does not run its
        // nullable flow analysis over the generated bodies, which are checked by these tests instead. That analysis is about a
        // third of what a typed member costs the compiler (10,000 members: 3.0 s against 4.1-4.6 s; an empty library 0.7 s).
        private static SourceWriter Begin(GeneratorOptions options)
        {
            var writer = new SourceWriter();
            writer.Line("// <auto-generated/>")
                .Line("// Generated by Curata.Knowledge from the JSON files under knowledge/. Edit those files, not this one.")
                .Line("#nullable enable annotations")
                .Line()
                .Open($"namespace {options.Namespace}");
            return writer;
        }

        private static string Modifier(GeneratorOptions options) => options.IsPublic ? "public" : "internal";

        private string GeneratedCode => $"[global::System.CodeDom.Compiler.GeneratedCode(\"Curata.Knowledge.Generators\", \"{GeneratorVersion}\")]";

        private string KnowledgeBase()
        {
            var w = Begin();
            w.Line("/// <summary>")
                .Line($"/// The compiled knowledge base: {Plural(_spec.Sources.Count, "source")}, {Plural(_spec.Actors.Count, "actor")}, {Plural(_spec.Statements.Count, "statement")},")
                .Line($"/// {Plural(_spec.Events.Count, "event")} and {Plural(_spec.Relations.Count, "relation")}, linked both ways; facts are decoded on first use.")
                .Line("/// </summary>")
                .Line(GeneratedCode)
                .Open($"{_modifier} static partial class {GeneratedNames.KnowledgeBase}")
                .Line("/// <summary>Every fact and vocabulary term, linked; opened once, on first use, thread-safely.</summary>")
                .Line($"public static {R}KnowledgeGraph Graph => Holder.Graph;")
                .Line()
                .Open("private static class Holder")
                .Line($"internal static readonly {R}KnowledgeGraph Graph = new {R}KnowledgeGraph(OpenFactTable(){Bindings()});")
                .Close()
                .Line()
                .Line("// Implemented in FactTable.g.cs, which a build's compile has and an editor's, which only checks the code, leaves out.")
                .Line($"static partial void {ReadFactTable}(ref {R}PackedFactTable? table);")
                .Line()
                .Open($"private static {R}PackedFactTable OpenFactTable()")
                .Line($"{R}PackedFactTable? table = null;")
                .Line($"{ReadFactTable}(ref table);")
                .Line("return table ?? throw new global::System.InvalidOperationException(\"This assembly was compiled without its fact table (FactTable.g.cs): only a build's compile writes it.\");")
                .Close()
                .Close().Close();
            return w.ToString();
        }

        // Each declared kind with a generated class is bound to its constructor; places have the runtime's Place.
        private string Bindings()
        {
            var bindings = FactTableWriter.DeclaredKinds(_spec).Where(k => !GeneratedNames.RuntimeTypes.ContainsKey(k.Id.Id))
                .Select(k => $", new {R}DeclaredKind(\"{k.Id.Id}\", record => new {TypeOf(k)}(record))");
            return string.Concat(bindings);
        }

        private static string TypeOf(KindSpec kind) => GeneratedNames.TypeOf(kind.Id.Id, kind.Plural.Name);

        private static string Plural(int count, string noun) => $"{count:N0} {noun}{(count == 1 ? "" : "s")}";

        private string FactClass<T>(string className, string type, string graphList, EquatableArray<T> items, Func<T, IdRef> id,
            Func<T, (string Summary, string Remarks)> describe) where T : IEquatable<T>
        {
            var w = Begin();
            LookupClassStart(w, className, $"{R}{type}", graphList.ToLowerInvariant(), $"{_root}.Graph.{graphList}", type == "Actor");
            FactMembers(w, className, $"{R}{type}", items, id, describe, i => $"{_root}.Graph.{graphList}[{i}]");
            w.Close().Close();
            return w.ToString();
        }

        // The class of a kind's facts: All, Get by id (or by name or alias, for actors) and TryGet.
        private void LookupClassStart(SourceWriter w, string className, string type, string plural, string all, bool byName)
        {
            var noun = byName ? "id, name or alias" : "id";
            w.Line($"/// <summary>The {XmlDoc(plural)} of the knowledge base: one member per fact, and lookups.</summary>")
                .Line(GeneratedCode);
            CarriedIds(w, className);
            w.Open($"{_modifier} static partial class {className}")
                .Line("/// <summary>Every one, ordered by id.</summary>")
                .Line($"public static global::System.Collections.Generic.IReadOnlyList<{type}> All => {all};")
                .Line()
                .Line($"/// <summary>The one with this {noun}. A constant that names nothing is a build error (KB0701).</summary>")
                .Line($"/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">None has this {noun}.</exception>")
                .Line($"public static {type} Get(string id) => TryGet(id, out var value) ? value : {_root}.Graph.Resolve<{type}>(id);")
                .Line()
                .Line("/// <summary>The one with this typed id.</summary>")
                .Line($"/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">None has this id.</exception>")
                .Line($"public static {type} Get({R}FactId<{type}> id) => {_root}.Graph.Get(id);")
                .Line()
                .Line($"/// <summary>Finds the one with this {noun}; false when there is none.</summary>")
                .Line($"public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {type}? value) => {_root}.Graph.TryGet(id, out value);");
        }

        // The typed members: one per fact when the class is typed in full (TypedMemberPolicy), else one per fact the code names.
        // Each body calls one private method with its position: the compiler binds that for about a third less than the
        // indexer expression written out in every member, which counts at thousands of members. The method's name has an
        // underscore, which no member made from an id can have.
        private void FactMembers<T>(SourceWriter w, string className, string type, EquatableArray<T> items, Func<T, IdRef> id,
            Func<T, (string Summary, string Remarks)> describe, Func<string, string> item) where T : IEquatable<T>
        {
            var inFull = TypedMemberPolicy.InFull(_spec, _options.TypedMembers, className);
            if (items.Count == 0 || (!inFull && _namedInCode.Count == 0)) return;
            var opened = false;
            for (var i = 0; i < items.Count; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var key = id(items[i]);
                var member = key.MemberName;
                if (!inFull && !_namedInCode.Contains(className + "." + member)) continue;
                if (_withoutMember.Contains(KnowledgeBaseChecker.MemberKey(className, key.Id))) continue;
                if (!opened)
                {
                    w.Line().Line($"private static {type} At_(int index) => {item("index")};");
                    opened = true;
                }
                var (summary, remarks) = describe(items[i]);
                w.Line()
                    .Line($"/// <summary>{summary}</summary>")
                    .Line($"/// <remarks>Id <c>{XmlDoc(key.Id)}</c>. {remarks}</remarks>")
                    .Line($"public static {type} {member} => At_({i});");
            }
        }

        private string TermClass<T>(string vocabulary, EquatableArray<T> items, Func<T, IdRef> id,
            Func<T, (string Name, string? Description)> describe) where T : IEquatable<T>
        {
            var className = Vocabularies.ClassName(vocabulary);
            var type = Vocabularies.TermType(vocabulary);
            var w = Begin();
            w.Line($"/// <summary>The vocabulary's {XmlDoc(Vocabularies.Describe(vocabulary))}s: one member per term, and their ids as constants.</summary>")
                .Line(GeneratedCode);
            CarriedIds(w, className);
            w.Open($"{_modifier} static partial class {className}")
                .Line("/// <summary>Every one, ordered by id.</summary>")
                .Line($"public static global::System.Collections.Generic.IReadOnlyList<{R}{type}> All => {_root}.Graph.Vocabulary.{className};")
                .Line()
                .Line("/// <summary>The one with this id.</summary>")
                .Line($"/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">None has this id.</exception>")
                .Line($"public static {R}{type} Get(string id) => {_root}.Graph.Vocabulary.{type}(id);");
            var members = new List<(int Index, IdRef Id, string Name, string? Description)>();
            for (var i = 0; i < items.Count; i++)
            {
                var key = id(items[i]);
                if (_withoutMember.Contains(KnowledgeBaseChecker.MemberKey(className, key.Id))) continue;
                var (name, description) = describe(items[i]);
                members.Add((i, key, name, description));
                w.Line()
                    .Line($"/// <summary>{XmlDoc(name)}{(description == null ? "" : ": " + XmlDoc(description))}</summary>")
                    .Line($"/// <remarks>Id <c>{XmlDoc(key.Id)}</c>.</remarks>")
                    .Line($"public static {R}{type} {key.MemberName} => {_root}.Graph.Vocabulary.{className}[{i}];");
            }
            // Constants, so terms can be matched where C# wants them: switch (actor.ActorKind?.Id) { case ActorKinds.Ids.Person: ... }
            w.Line()
                .Line("/// <summary>The ids of the terms, as constants for <c>switch</c> and patterns.</summary>")
                .Open("public static class Ids");
            foreach (var member in members)
            {
                w.Line($"/// <summary>The id of {XmlDoc(member.Name)}.</summary>")
                    .Line($"public const string {member.Id.MemberName} = \"{member.Id.Id}\";");
            }
            w.Close().Close().Close();
            return w.ToString();
        }

        /// <summary>At most this many ids per class are carried for the analyzer of referencing projects: a class with more is not checked there.</summary>
        internal const int MaxCarriedIds = 20_000;

        // The ids (and actors' names) a lookup class accepts, for the analyzer of a project that references this one and has
        // no knowledge files of its own (KB0701 there too).
        private void CarriedIds(SourceWriter w, string className)
        {
            var lookup = LookupClass.All(_spec).FirstOrDefault(c => c.ClassName == className);
            if (lookup == null || lookup.Ids.Count > MaxCarriedIds) return;
            var ids = string.Join("\n", lookup.Ids.OrderBy(id => id, StringComparer.Ordinal));
            var names = className == GeneratedNames.Actors
                ? string.Join("\n", _spec.Actors.SelectMany(a => a.Aliases.Concat(new[] { a.Name }).Select(n => (Name: FactTableFormat.NormaliseName(n), a.Id.Id)))
                    .Where(n => n.Name.Length > 0).Distinct().OrderBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal)
                    .Select(n => n.Name + "\t" + n.Id))
                : "";
            w.Line($"[{R}KnowledgeIds({CSharpString.Literal(ids)}, {CSharpString.Literal(names)})]");
        }

        // ---- declared kinds and declared properties ----

        // A declared kind's lookup class and, unless the runtime has a type for it (places), its typed fact class.
        private string DeclaredKindClasses(KindSpec kind)
        {
            var isPlace = kind.Id.Id == StandardKinds.Place;
            var type = isPlace ? R + GeneratedNames.RuntimeTypes[StandardKinds.Place] : TypeOf(kind);
            var className = GeneratedNames.ClassOf(kind.Plural.Name);
            var facts = FactsOf(_spec, kind);
            var w = Begin();
            LookupClassStart(w, className, type, Names.ToKebabCase(kind.Plural.Name).Replace('-', ' '), $"{_root}.Graph.FactsOfKind<{type}>(\"{kind.Id.Id}\")", byName: false);
            FactMembers(w, className, type, facts, f => f.Id, DescribeDeclared, i => $"({type}){_root}.Graph.FactsOfKind(\"{kind.Id.Id}\")[{i}]");
            w.Close();
            if (!isPlace)
            {
                var slots = FactTableWriter.Slots(_spec, kind.Id.Id);
                w.Line()
                    .Line($"/// <summary>{XmlDoc(kind.Name ?? kind.Id.Id)}{(kind.Description == null ? "" : ": " + XmlDoc(kind.Description))}</summary>")
                    .Line(GeneratedCode)
                    .Open($"{_modifier} sealed partial class {type} : {R}DeclaredFact")
                    .Line("/// <summary>Used by the generated knowledge base: reads the fact stored at <paramref name=\"record\"/>.</summary>")
                    .Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
                    .Line($"public {type}({R}FactRecord record) : base(record) {{ }}")
                    .Line()
                    .Line("/// <summary>The id, typed by the kind of fact.</summary>")
                    .Line($"public {R}FactId<{type}> Key => new {R}FactId<{type}>(Id);");
                for (var slot = 0; slot < slots.Count; slot++)
                {
                    var property = slots[slot];
                    w.Line();
                    PropertyDoc(w, property);
                    w.Line($"public {PropertyType(property)} {Names.PropertyMemberName(property.Id.Name)} => {PropertyValue(property, slot, "this")};");
                }
                w.Close();
            }
            EnumTypes(w, kind, isPlace ? GeneratedNames.RuntimeTypes[StandardKinds.Place] : type);
            w.Close();
            return w.ToString();
        }

        // The typed declared properties of a kind the runtime has a type for: extension properties on C# 14, methods before.
        private string? Extensions(KindSpec kind)
        {
            var slots = FactTableWriter.Slots(_spec, kind.Id.Id);
            var own = slots.Select((p, slot) => (p, slot)).Where(x => !x.p.IsStandard).ToList();
            if (own.Count == 0) return null;
            var runtimeType = GeneratedNames.RuntimeTypes[kind.Id.Id];
            var w = Begin();
            w.Line($"/// <summary>The properties the knowledge base declares for {XmlDoc(Names.ToKebabCase(kind.Id.Id).Replace('-', ' '))} facts, typed.</summary>")
                .Line(GeneratedCode)
                .Open($"{_modifier} static partial class {GeneratedNames.ExtensionsOf(runtimeType)}");
            if (_extensionMembers) w.Open($"extension({R}{runtimeType} fact)");
            var first = true;
            foreach (var (property, slot) in own)
            {
                if (!first) w.Line();
                first = false;
                PropertyDoc(w, property);
                var member = Names.PropertyMemberName(property.Id.Name);
                w.Line(_extensionMembers
                    ? $"public {PropertyType(property)} {member} => {PropertyValue(property, slot, "fact")};"
                    : $"public static {PropertyType(property)} {member}(this {R}{runtimeType} fact) => {PropertyValue(property, slot, "fact")};");
            }
            if (_extensionMembers) w.Close();
            w.Close();
            EnumTypes(w, kind, runtimeType, own.Select(x => x.p));
            w.Close();
            return w.ToString();
        }

        // A C# enum per declared enum property, named by its kind's type and the property ("EventClarity").
        private void EnumTypes(SourceWriter w, KindSpec kind, string type, IEnumerable<PropertySpec>? properties = null)
        {
            foreach (var property in (properties ?? FactTableWriter.Slots(_spec, kind.Id.Id)).Where(p => p.Type == Datatype.Enum))
            {
                w.Line()
                    .Line($"/// <summary>The values of {XmlDoc(kind.Id.Id)}.{XmlDoc(property.Id.Name)}{(property.Description == null ? "" : ": " + XmlDoc(property.Description))}</summary>")
                    .Line(GeneratedCode)
                    .Open($"{_modifier} enum {EnumName(type, property)}");
                foreach (var value in property.Values)
                {
                    w.Line($"/// <summary><c>{XmlDoc(value)}</c></summary>").Line($"{Names.ToPascalCase(value)},");
                }
                w.Close();
            }
        }

        private static string EnumName(string type, PropertySpec property) => type + Names.PropertyMemberName(property.Id.Name);

        private void PropertyDoc(SourceWriter w, PropertySpec property)
        {
            var required = property.Required ? " Always present." : "";
            w.Line($"/// <summary>{(property.Description == null ? XmlDoc(property.Id.Name) : XmlDoc(property.Description))}</summary>")
                .Line($"/// <remarks>Declared property <c>{XmlDoc(property.Id.Name)}</c> ({XmlDoc(Names.ToKebabCase(property.Type.ToString()))}{(property.Many ? ", many" : "")}).{required}</remarks>");
        }

        // The C# type a declared property reads as.
        private string PropertyType(PropertySpec property)
        {
            var element = ElementType(property);
            if (property.Many) return $"global::System.Collections.Generic.IReadOnlyList<{element}>";
            return property.Required ? element : element + "?";
        }

        private string ElementType(PropertySpec property) => property.Type switch
        {
            Datatype.Text or Datatype.Verbatim or Datatype.Identifier => "string",
            Datatype.Integer => "long",
            Datatype.Decimal => "decimal",
            Datatype.Boolean => "bool",
            Datatype.Date => R + "PartialDate",
            Datatype.Span => R + "DateSpan",
            Datatype.Count => R + "EstimatedCount",
            Datatype.Quantity => R + "Quantity",
            Datatype.Point => R + "GeoPoint",
            Datatype.Enum => EnumName(KindTypeName(property.Kind.Name), property),
            Datatype.Term => R + Vocabularies.TermType(property.Target!.Name),
            Datatype.Reference => property.Target!.Name == StandardKinds.AnyFact ? R + "Fact" : KindTypeReference(property.Target.Name),
            _ => "object",
        };

        private string KindTypeName(string kind) =>
            GeneratedNames.RuntimeTypes.TryGetValue(kind, out var runtime) ? runtime : TypeOf(_spec.Kinds.First(k => k.Id.Id == kind));

        private string KindTypeReference(string kind) => GeneratedNames.RuntimeTypes.ContainsKey(kind) ? R + GeneratedNames.RuntimeTypes[kind] : KindTypeName(kind);

        private static bool IsValueType(Datatype type) => type is Datatype.Integer or Datatype.Decimal or Datatype.Boolean or Datatype.Date
            or Datatype.Span or Datatype.Count or Datatype.Quantity or Datatype.Point or Datatype.Enum;

        // Reads slot <paramref name="slot"/> of <paramref name="fact"/> as the property's C# type.
        private string PropertyValue(PropertySpec property, int slot, string fact)
        {
            var element = ElementType(property);
            if (property.Many) return property.Type == Datatype.Enum ? $"{fact}.EnumsAt<{element}>({slot})" : $"{fact}.ValuesAt<{element}>({slot})";
            var value = $"{fact}.ValueAt({slot})";
            if (property.Type == Datatype.Enum) return property.Required ? $"({element})(int){value}!" : $"({element}?)(int?){value}";
            if (IsValueType(property.Type)) return property.Required ? $"({element}){value}!" : $"({element}?){value}";
            return property.Required ? $"({element}){value}!" : $"{value} as {element}";
        }

        private (string, string) DescribeDeclared(DeclaredFactSpec fact)
        {
            string? Text(string name) => fact.Values.FirstOrDefault(v => v.Property == name)?.Values[0].Text;
            var name = Text("name");
            var description = Text("description");
            return ($"{XmlDoc(name ?? fact.Id.Id)}{(description == null ? "" : ": " + XmlDoc(description))}", Cited(fact.Sources));
        }

        // ---- XML docs: what IntelliSense shows for each fact ----

        private (string, string) DescribeSource(SourceSpec s) =>
            ($"{XmlDoc(s.Title ?? s.Id.Id)}{(s.Published == null ? "" : " (" + s.Published + ")")}", XmlDoc(s.Publisher ?? ""));

        private (string, string) DescribeActor(ActorSpec a) =>
            ($"{XmlDoc(a.Name)}{(a.ActorKind == null ? "" : " (" + XmlDoc(a.ActorKind.Id) + ")")}{(a.Description == null ? "" : ": " + XmlDoc(a.Description))}", Cited(a.Sources));

        private (string, string) DescribeStatement(StatementSpec s)
        {
            var speaker = ActorsById.TryGetValue(s.Speaker.Id, out var actor) ? actor.Name : s.Speaker.Id;
            var text = s.Mode == "Quotation" ? $"\u201C{s.Text}\u201D" : $"(paraphrase) {s.Text}";
            return ($"{XmlDoc(speaker)}{(s.Date == null ? "" : ", " + s.Date)}: {XmlDoc(text)}", Cited(s.Sources));
        }

        private (string, string) DescribeEvent(EventSpec e) =>
            ($"{XmlDoc(e.Name ?? e.Type.Id)}{(e.Date == null ? "" : " (" + e.Date + ")")}{(e.Summary == null ? "" : ": " + XmlDoc(e.Summary))}", Cited(e.Sources));

        private (string, string) DescribeRelation(RelationSpec r)
        {
            string Name(IdRef id) => ActorsById.TryGetValue(id.Id, out var actor) ? actor.Name : id.Id;
            return ($"{XmlDoc(Name(r.Subject))} {XmlDoc(r.Predicate.Id)} {XmlDoc(Name(r.Object))}{(r.Span == null ? "" : " (" + r.Span + ")")}", Cited(r.Sources));
        }


        private static string Cited(EquatableArray<CitationSpec> citations) =>
            citations.Count == 0 ? "No source cited." : "Source: " + string.Join("; ", citations.Select(c =>
                XmlDoc(c.Source.Id) + (c.Paragraph is int p ? " \u00B6" + p : ""))) + ".";
    }
}
