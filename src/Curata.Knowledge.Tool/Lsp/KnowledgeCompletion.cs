using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Tool.Lsp
{
    /// <summary>
    /// Completion in a knowledge file: fact ids where a reference is expected (of the kind the property names), vocabulary
    /// terms, closed-list values, and property names for the fact's kind (its declared properties included). What a position
    /// expects comes from the declarations (standard and the knowledge base's), except inside the nested objects the standard
    /// kinds' own readers read (roles, participants, fatality reports, citations), which the format fixes.
    /// </summary>
    internal static class KnowledgeCompletion
    {
        /// <summary>At most this many items are sent; the list is then marked incomplete and the client asks again as the user types.</summary>
        public const int MaxItems = 500;

        /// <summary>What a value position expects.</summary>
        private sealed record Expected(string? FactKind = null, string? Vocabulary = null, IReadOnlyList<string>? Values = null);

        // Nested objects of the standard kinds, by the property that holds them, then the property inside.
        private static readonly Dictionary<(string Owner, string Property), Expected> NestedValues = new()
        {
            [("sources", "source")] = new Expected(FactKind: StandardKinds.Source),
            [("roles", "kind")] = new Expected(Vocabulary: Vocabularies.RoleKinds),
            [("roles", "of")] = new Expected(FactKind: StandardKinds.Actor),
            [("participants", "actor")] = new Expected(FactKind: StandardKinds.Actor),
            [("participants", "role")] = new Expected(Vocabulary: Vocabularies.ParticipantRoles),
            [("fatalities", "victimActors")] = new Expected(FactKind: StandardKinds.Actor),
            [("breakdown", "actor")] = new Expected(FactKind: StandardKinds.Actor),
            [("breakdown", "category")] = new Expected(Values: Enum.GetNames(typeof(FatalityCategory)).Select(Names.ToKebabCase).ToArray()),
        };

        // References between vocabulary terms, by section, then property.
        private static readonly Dictionary<(string Section, string Property), Expected> VocabularyValues = new()
        {
            [(Vocabularies.EventTypes, "parent")] = new Expected(Vocabulary: Vocabularies.EventTypes),
            [(Vocabularies.Predicates, "inverseOf")] = new Expected(Vocabulary: Vocabularies.Predicates),
            [(Vocabularies.Predicates, "conflictsWith")] = new Expected(Vocabulary: Vocabularies.Predicates),
            [(Vocabularies.Predicates, "subjectKinds")] = new Expected(Vocabulary: Vocabularies.ActorKinds),
            [(Vocabularies.Predicates, "objectKinds")] = new Expected(Vocabulary: Vocabularies.ActorKinds),
        };

        private static readonly string[] EveryFactHas = { "id", "ids", "sources" };

        private static readonly string[] Datatypes = Enum.GetNames(typeof(Datatype)).Where(d => d != nameof(Datatype.Object)).Select(Names.ToKebabCase).ToArray();

        /// <summary>The completions at <paramref name="offset"/> in a knowledge file whose text is <paramref name="text"/>.</summary>
        public static LspCompletionList Complete(WorkspaceSnapshot snapshot, SourceText text, int offset)
        {
            var cursor = JsonCursor.At(text.ToString(), offset);
            if (cursor == null) return new LspCompletionList(false, Array.Empty<LspCompletionItem>());
            var range = ReplacedRange(text, cursor, offset);
            var declarations = snapshot.Declarations;
            var section = cursor.Section;
            var depth = cursor.OwnerDepth;
            var kind = section != null && declarations.KindsByPlural.TryGetValue(section, out var declared) ? declared.Id.Id : null;

            if (cursor.IsPropertyName)
            {
                var present = cursor.Owner!.Keys;
                IEnumerable<string> names = depth switch
                {
                    0 => KnowledgeFileReader.RootSections.Concat(declarations.KindsByPlural.Keys).Distinct(StringComparer.Ordinal),
                    2 when kind != null => EveryFactHas.Concat(declarations.Properties.TryGetValue(kind, out var properties) ? properties.Keys : Enumerable.Empty<string>()),
                    _ => Enumerable.Empty<string>(),
                };
                return Items(names.Where(n => !present.Contains(n)).OrderBy(n => n, StringComparer.Ordinal)
                    .Select(n => (n, PropertyDetail(declarations, kind, n), CompletionItemKinds.Property)), cursor, range);
            }

            var expected = ExpectedAt(cursor, kind, depth, snapshot);
            if (expected == null) return new LspCompletionList(false, Array.Empty<LspCompletionItem>());
            if (expected.Values != null) return Items(expected.Values.Select(v => (v, (string?)null, CompletionItemKinds.EnumMember)), cursor, range);
            var space = expected.Vocabulary ?? KnowledgeSymbols.FactSpace;
            var definitions = Definitions(snapshot, space, expected.FactKind, cursor.Prefix);
            return Items(definitions.Select(d => (d.Ref.Id, (string?)FactDescriptions.Detail(d), d.Space == KnowledgeSymbols.FactSpace ? CompletionItemKinds.Reference : CompletionItemKinds.Value)),
                cursor, range);
        }

        private static Expected? ExpectedAt(JsonCursor cursor, string? kind, int depth, WorkspaceSnapshot snapshot)
        {
            var property = cursor.Property;
            var section = cursor.Section;
            if (property == null || section == null) return null;
            var declarations = snapshot.Declarations;
            if (kind != null && depth == 2)
            {
                var declared = declarations.Property(kind, property);
                return declared?.Type switch
                {
                    Datatype.Reference => new Expected(FactKind: declared.Target?.Name),
                    Datatype.Term => new Expected(Vocabulary: declared.Target?.Name),
                    Datatype.Enum => new Expected(Values: declared.Values.ToArray()),
                    _ => null,
                };
            }
            if (kind != null && depth > 2) return cursor.Owner?.Name is { } owner && NestedValues.TryGetValue((owner, property), out var nested) ? nested : null;
            if (depth == 2 && Vocabularies.Simple.Contains(section) && property == "parent") return new Expected(Vocabulary: section);
            if (depth == 2 && VocabularyValues.TryGetValue((section, property), out var term)) return term;
            // Property declarations: in the properties section, or inside a kind declaration.
            if ((section == "properties" && depth == 2) || (section == "kinds" && depth == 4 && cursor.Owner?.Name == "properties"))
            {
                return property switch
                {
                    "type" => new Expected(Values: Datatypes),
                    "vocabulary" => new Expected(Values: Vocabularies.All),
                    "to" => new Expected(Values: new[] { StandardKinds.AnyFact }.Concat(declarations.Kinds.Keys.OrderBy(k => k, StringComparer.Ordinal)).ToArray()),
                    "kind" => new Expected(Values: declarations.Kinds.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray()),
                    "scheme" => new Expected(Values: declarations.Schemes.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray()),
                    _ => null,
                };
            }
            return null;
        }

        // Every definition of the space (of the kind, for facts) starting with the prefix, once each, in id order.
        private static IEnumerable<KnowledgeSymbol> Definitions(WorkspaceSnapshot snapshot, string space, string? factKind, string prefix)
        {
            var found = new Dictionary<string, KnowledgeSymbol>(StringComparer.Ordinal);
            foreach (var file in snapshot.Symbols)
            {
                foreach (var definition in file.Definitions.Values)
                {
                    if (definition.Space != space || !definition.Ref.Id.StartsWith(prefix, StringComparison.Ordinal)) continue;
                    if (space == KnowledgeSymbols.FactSpace && factKind != StandardKinds.AnyFact && definition.Kind != factKind) continue;
                    found.TryAdd(definition.Ref.Id, definition);
                }
            }
            return found.Values.OrderBy(d => d.Ref.Id, StringComparer.Ordinal);
        }

        private static string? PropertyDetail(Generators.Checks.DeclaredModel declarations, string? kind, string name)
        {
            if (kind == null) return null;
            var property = declarations.Property(kind, name);
            if (property == null) return null;
            var type = Names.ToKebabCase(property.Type.ToString()) + (property.Target != null ? " " + property.Target.Name : "") + (property.Many ? "[]" : "");
            return property.Description == null ? type : type + ": " + property.Description;
        }

        private static LspCompletionList Items(IEnumerable<(string Text, string? Detail, int Kind)> candidates, JsonCursor cursor, LspRange range)
        {
            var items = new List<LspCompletionItem>();
            var cut = false;
            foreach (var (text, detail, kind) in candidates)
            {
                if (!text.StartsWith(cursor.Prefix, StringComparison.Ordinal)) continue;
                if (items.Count == MaxItems)
                {
                    cut = true;
                    break;
                }
                var newText = cursor.InString ? text : "\"" + text + "\"";
                items.Add(new LspCompletionItem(text, kind, detail, new LspTextEdit(range, newText), FilterText: cursor.InString ? text : newText));
            }
            return new LspCompletionList(cut, items);
        }

        // From where the typed text begins to the end of the id characters after the cursor: completing inside an existing
        // id replaces all of it.
        private static LspRange ReplacedRange(SourceText text, JsonCursor cursor, int offset)
        {
            var end = offset;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-' || text[end] == '_' || text[end] == '$')) end++;
            var span = text.Lines.GetLinePositionSpan(TextSpan.FromBounds(Math.Min(cursor.PrefixStart, offset), end));
            return new LspRange(new LspPosition(span.Start.Line, span.Start.Character), new LspPosition(span.End.Line, span.End.Character));
        }
    }
}
