using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Options;
using Curata.Knowledge.Generators.Parsing;
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
        /// Above this many statements, events and relations together, <see cref="TypedMembers.Auto"/> gives typed members to
        /// sources, actors and vocabulary only: each member costs the compiler about 0.1 ms, and a class may hold at most 65,535.
        /// </summary>
        internal const int TypedMemberLimit = 20_000;

        /// <summary>
        /// No generated class gets more typed members than this, in any mode: the runtime refuses to load a type with more
        /// than 65,535 methods (each member is a getter), and the compiler does not warn.
        /// </summary>
        internal const int MaxMembersPerClass = 60_000;

        /// <summary>Base64 characters per literal: pieces of this size keep the compiler's memory flat as the table grows.</summary>
        internal const int ChunkSize = 1 << 20;

        private const string R = "global::Curata.Knowledge.";
        private static readonly string GeneratorVersion = typeof(KnowledgeEmitter).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

        private readonly KnowledgeBaseSpec _spec;
        private readonly GeneratorOptions _options;
        private readonly CancellationToken _cancellationToken;
        private readonly string _modifier;
        private readonly string _root;
        private readonly Dictionary<string, ActorSpec> _actorsById;
        private readonly HashSet<string> _withoutMember;
        private readonly bool _typedEveryFact;
        private readonly TypedMembers _typedMembers;

        private KnowledgeEmitter(KnowledgeBaseSpec spec, GeneratorOptions options, CancellationToken cancellationToken)
        {
            _spec = spec;
            _options = options;
            _cancellationToken = cancellationToken;
            _modifier = options.IsPublic ? "public" : "internal";
            _root = $"global::{options.Namespace}.{GeneratedNames.KnowledgeBase}";
            _actorsById = spec.Actors.ToDictionary(a => a.Id.Id, StringComparer.Ordinal);
            _withoutMember = new HashSet<string>(spec.IdsWithoutMember, StringComparer.Ordinal);
            _typedMembers = options.TypedMembers;
            _typedEveryFact = options.TypedMembers == TypedMembers.All
                || (options.TypedMembers == TypedMembers.Auto && spec.Statements.Count + spec.Events.Count + spec.Relations.Count <= TypedMemberLimit);
        }

        /// <summary>The generated files, as (hint name, source) pairs, in a fixed order.</summary>
        public static IReadOnlyList<(string HintName, string Source)> Emit(KnowledgeBaseSpec spec, GeneratorOptions options, CancellationToken cancellationToken)
        {
            var emitter = new KnowledgeEmitter(spec, options, cancellationToken);
            return new[]
            {
                ("KnowledgeBase.g.cs", emitter.KnowledgeBase()),
                ("FactTable.g.cs", emitter.FactTable()),
                ("Sources.g.cs", emitter.FactClass(GeneratedNames.Sources, "Source", "Sources", emitter.Named(spec.Sources), s => s.Id, emitter.DescribeSource)),
                ("Actors.g.cs", emitter.FactClass(GeneratedNames.Actors, "Actor", "Actors", emitter.Named(spec.Actors), a => a.Id, emitter.DescribeActor)),
                ("Statements.g.cs", emitter.FactClass(GeneratedNames.Statements, "Statement", "Statements", emitter.Typed(spec.Statements), s => s.Id, emitter.DescribeStatement)),
                ("Events.g.cs", emitter.FactClass(GeneratedNames.Events, "Event", "Events", emitter.Typed(spec.Events), e => e.Id, emitter.DescribeEvent)),
                ("Relations.g.cs", emitter.FactClass(GeneratedNames.Relations, "Relation", "Relations", emitter.Typed(spec.Relations), r => r.Id, emitter.DescribeRelation)),
                ("EventTypes.g.cs", emitter.TermClass(GeneratedNames.EventTypes, "EventType", "EventTypes", spec.EventTypes, t => t.Id, t => (t.Name, t.Description))),
                ("ParticipantRoles.g.cs", emitter.TermClass(GeneratedNames.ParticipantRoles, "ParticipantRole", "ParticipantRoles", spec.ParticipantRoles, t => t.Id, t => (t.Name, t.Description))),
                ("Predicates.g.cs", emitter.TermClass(GeneratedNames.Predicates, "Predicate", "Predicates", spec.Predicates, t => t.Id, t => (t.Name, t.Description))),
            };
        }

        // The facts that get typed members (all others stay reachable through All, Get and TryGet). Statements, events and
        // relations: all of them, or none beyond the limit. Sources and actors, the facts people name in code: up to the limit
        // in auto mode. No class ever passes MaxMembersPerClass.
        private EquatableArray<T> Typed<T>(EquatableArray<T> items) where T : IEquatable<T> =>
            _typedEveryFact && items.Count <= MaxMembersPerClass ? items : EquatableArray<T>.Empty;

        private EquatableArray<T> Named<T>(EquatableArray<T> items) where T : IEquatable<T> =>
            items.Count <= (_typedMembers == TypedMembers.Auto ? TypedMemberLimit : MaxMembersPerClass) ? items : EquatableArray<T>.Empty;

        private SourceWriter Begin()
        {
            var writer = new SourceWriter();
            writer.Line("// <auto-generated/>")
                .Line("// Generated by Curata.Knowledge from the JSON files under knowledge/. Edit those files, not this one.")
                .Line("#nullable enable")
                .Line()
                .Open($"namespace {_options.Namespace}");
            return writer;
        }

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
                .Line($"internal static readonly {R}KnowledgeGraph Graph = new {R}KnowledgeGraph(FactTable.Decode());")
                .Close()
                .Close().Close();
            return w.ToString();
        }

        // The packed fact table, base64 in UTF-8 literals of at most ChunkSize characters each: u8 literals cost the compiler far
        // less than strings or object creation, do not count against the 16 MB limit on string literals, and decode in one pass.
        private string FactTable()
        {
            var table = FactTableWriter.Write(_spec, _cancellationToken);
            var packed = FactTablePacker.Pack(table, _cancellationToken);
            var base64 = Convert.ToBase64String(packed);
            var chunks = (base64.Length + ChunkSize - 1) / ChunkSize;
            var w = Begin();
            w.Open($"{_modifier} static partial class {GeneratedNames.KnowledgeBase}")
                .Line($"/// <summary>The facts as the generator compiled them: {table.Length:N0} bytes, packed into {packed.Length:N0} in {Plural(chunks, "chunk")}.</summary>")
                .Open("private static class FactTable")
                .Open("public static byte[] Decode()")
                .Line($"var table = new byte[{packed.Length}];")
                .Line("var written = 0;");
            for (var i = 0; i < chunks; i++) w.Line($"written += Append(Chunk{i}, table, written);");
            w.Line("return table;")
                .Close()
                .Line()
                .Open("private static int Append(global::System.ReadOnlySpan<byte> base64, byte[] table, int at)")
                .Line("global::System.Buffers.Text.Base64.DecodeFromUtf8(base64, global::System.MemoryExtensions.AsSpan(table, at), out _, out var written);")
                .Line("return written;")
                .Close();
            for (var i = 0; i < chunks; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var start = i * ChunkSize;
                w.Line().Line($"private static global::System.ReadOnlySpan<byte> Chunk{i} => \"{base64.Substring(start, Math.Min(ChunkSize, base64.Length - start))}\"u8;");
            }
            w.Close().Close().Close();
            return w.ToString();
        }

        private static string Plural(int count, string noun) => $"{count:N0} {noun}{(count == 1 ? "" : "s")}";

        private string FactClass<T>(string className, string type, string graphList, EquatableArray<T> items, Func<T, IdRef> id,
            Func<T, (string Summary, string Remarks)> describe) where T : IEquatable<T>
        {
            var w = Begin();
            w.Line($"/// <summary>The {graphList.ToLowerInvariant()} of the knowledge base: one member per fact, and lookups.</summary>")
                .Line(GeneratedCode)
                .Open($"{_modifier} static partial class {className}")
                .Line("/// <summary>Every one, ordered by id.</summary>")
                .Line($"public static global::System.Collections.Generic.IReadOnlyList<{R}{type}> All => {_root}.Graph.{graphList};")
                .Line()
                .Line("/// <summary>The one with this id" + (type == "Actor" ? ", name or alias" : "") + ". A constant that names nothing is a build error (KB0701).</summary>")
                .Line($"/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No {type.ToLowerInvariant()} has this id.</exception>")
                .Line($"public static {R}{type} Get(string id) => TryGet(id, out var value) ? value : {_root}.Graph.Resolve<{R}{type}>(id);")
                .Line()
                .Line("/// <summary>The one with this typed id.</summary>")
                .Line($"/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No {type.ToLowerInvariant()} has this id.</exception>")
                .Line($"public static {R}{type} Get({R}FactId<{R}{type}> id) => {_root}.Graph.Get(id);")
                .Line()
                .Line("/// <summary>Finds the one with this id" + (type == "Actor" ? ", name or alias" : "") + "; false when there is none.</summary>")
                .Line($"public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {R}{type}? value) => {_root}.Graph.TryGet(id, out value);");
            for (var i = 0; i < items.Count; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var item = items[i];
                var key = id(item);
                if (_withoutMember.Contains(key.Id)) continue;
                var (summary, remarks) = describe(item);
                w.Line()
                    .Line($"/// <summary>{summary}</summary>")
                    .Line($"/// <remarks>Id <c>{XmlDoc(key.Id)}</c>. {remarks}</remarks>")
                    .Line($"public static {R}{type} {Names.ToPascalCase(key.Id)} => {_root}.Graph.{graphList}[{i}];");
            }
            w.Close().Close();
            return w.ToString();
        }

        private string TermClass<T>(string className, string type, string graphList, EquatableArray<T> items, Func<T, IdRef> id,
            Func<T, (string Name, string? Description)> describe) where T : IEquatable<T>
        {
            var w = Begin();
            w.Line($"/// <summary>The vocabulary's {graphList.ToLowerInvariant()}: one member per term.</summary>")
                .Line(GeneratedCode)
                .Open($"{_modifier} static partial class {className}")
                .Line("/// <summary>Every one, ordered by id.</summary>")
                .Line($"public static global::System.Collections.Generic.IReadOnlyList<{R}{type}> All => {_root}.Graph.Vocabulary.{graphList};")
                .Line()
                .Line("/// <summary>The one with this id.</summary>")
                .Line($"/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">None has this id.</exception>")
                .Line($"public static {R}{type} Get(string id) => {_root}.Graph.Vocabulary.{type}(id);");
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var key = id(item);
                if (_withoutMember.Contains(key.Id)) continue;
                var (name, description) = describe(item);
                w.Line()
                    .Line($"/// <summary>{XmlDoc(name)}{(description == null ? "" : ": " + XmlDoc(description))}</summary>")
                    .Line($"/// <remarks>Id <c>{XmlDoc(key.Id)}</c>.</remarks>")
                    .Line($"public static {R}{type} {Names.ToPascalCase(key.Id)} => {_root}.Graph.Vocabulary.{graphList}[{i}];");
            }
            w.Close().Close();
            return w.ToString();
        }

        // ---- XML docs: what IntelliSense shows for each fact ----

        private (string, string) DescribeSource(SourceSpec s) =>
            ($"{XmlDoc(s.Title)}{(s.Published == null ? "" : " (" + s.Published + ")")}", XmlDoc(s.Publisher ?? ""));

        private (string, string) DescribeActor(ActorSpec a) =>
            ($"{XmlDoc(a.Name)} ({Names.ToKebabCase(a.Kind)}){(a.Description == null ? "" : ": " + XmlDoc(a.Description))}", Cited(a.Sources));

        private (string, string) DescribeStatement(StatementSpec s)
        {
            var speaker = _actorsById.TryGetValue(s.Speaker.Id, out var actor) ? actor.Name : s.Speaker.Id;
            var text = s.Mode == "Quotation" ? $"\u201C{s.Text}\u201D" : $"(paraphrase) {s.Text}";
            return ($"{XmlDoc(speaker)}{(s.Date == null ? "" : ", " + s.Date)}: {XmlDoc(text)}", Cited(s.Sources));
        }

        private (string, string) DescribeEvent(EventSpec e) =>
            ($"{XmlDoc(e.Name)}{(e.Date == null ? "" : " (" + e.Date + ")")}{(e.Summary == null ? "" : ": " + XmlDoc(e.Summary))}", Cited(e.Sources));

        private (string, string) DescribeRelation(RelationSpec r)
        {
            string Name(IdRef id) => _actorsById.TryGetValue(id.Id, out var actor) ? actor.Name : id.Id;
            return ($"{XmlDoc(Name(r.Subject))} {XmlDoc(r.Predicate.Id)} {XmlDoc(Name(r.Object))}{(r.Span == null ? "" : " (" + r.Span + ")")}", Cited(r.Sources));
        }


        private static string Cited(EquatableArray<CitationSpec> citations) =>
            citations.Count == 0 ? "No source cited." : "Source: " + string.Join("; ", citations.Select(c =>
                XmlDoc(c.Source.Id) + (c.Paragraph is int p ? " \u00B6" + p : ""))) + ".";
    }
}
