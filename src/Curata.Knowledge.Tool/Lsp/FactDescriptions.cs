using System.Linq;
using System.Text;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Tool.Lsp
{
    /// <summary>What a fact or term says about itself, for hover and completion details: its name, description and dates.</summary>
    internal static class FactDescriptions
    {
        /// <summary>The name a curator gave it (an actor's or place's name, a source's title, an event's name), if any.</summary>
        public static string? Name(object definition) => definition switch
        {
            ActorSpec actor => actor.Name,
            EventSpec e => e.Name,
            SourceSpec source => source.Title,
            DeclaredFactSpec fact => RawText(fact, "name"),
            EventTypeSpec type => type.Name,
            ParticipantRoleSpec role => role.Name,
            PredicateSpec predicate => predicate.Name,
            TermSpec term => term.Name,
            _ => null,
        };

        /// <summary>The curator's description or summary; for a statement its text, for a relation the tie it states.</summary>
        public static string? Description(object definition) => definition switch
        {
            ActorSpec actor => actor.Description,
            EventSpec e => e.Summary,
            StatementSpec statement => $"{statement.Speaker.Id} ({statement.Mode}): {statement.Text}",
            RelationSpec relation => $"{relation.Subject.Id} {relation.Predicate.Id} {relation.Object.Id}",
            SourceSpec source => source.Publisher,
            DeclaredFactSpec fact => RawText(fact, "description"),
            EventTypeSpec type => type.Description,
            ParticipantRoleSpec role => role.Description,
            PredicateSpec predicate => predicate.Description,
            TermSpec term => term.Description,
            _ => null,
        };

        /// <summary>The fact's dates as written (<c>2024-02-02</c>, <c>2011..</c>), with what they are.</summary>
        public static string? Dates(object definition) => definition switch
        {
            ActorSpec { Lifespan: { } span } => "lifespan " + span,
            EventSpec { Date: { } date } => "date " + date,
            StatementSpec { Date: { } date } => "date " + date,
            RelationSpec { Span: { } span } => "span " + span,
            SourceSpec { Published: { } date } => "published " + date,
            _ => null,
        };

        /// <summary>What kind of thing it is: the fact's kind (<c>actor</c>) or the vocabulary's term (<c>event type</c>).</summary>
        public static string KindOf(KnowledgeSymbol definition) =>
            definition.Space == KnowledgeSymbols.FactSpace
                ? (definition.Kind.Length == 0 ? "fact" : Names.ToKebabCase(definition.Kind).Replace('-', ' '))
                : Generators.Declarations.Vocabularies.Describe(definition.Space);

        /// <summary>A short line for completion lists: the kind and the name.</summary>
        public static string Detail(KnowledgeSymbol definition)
        {
            var name = Name(definition.Definition!);
            return name == null ? KindOf(definition) : KindOf(definition) + ": " + name;
        }

        /// <summary>The hover text, in markdown: the name in bold, kind and id, the description, the dates.</summary>
        public static string Markdown(KnowledgeSymbol definition)
        {
            var fact = definition.Definition!;
            var text = new StringBuilder();
            var name = Name(fact);
            if (name != null) text.Append("**").Append(Escape(name)).Append("** ");
            text.Append('(').Append(KindOf(definition)).Append(" `").Append(definition.Ref.Id).Append("`)");
            if (Description(fact) is { Length: > 0 } description) text.Append("\n\n").Append(Escape(description));
            if (Dates(fact) is { } dates) text.Append("\n\n").Append(Escape(dates));
            return text.ToString();
        }

        // Declared facts keep their values raw until the checks type them; a name or description is a plain string.
        private static string? RawText(FactSpec fact, string property) =>
            fact.Extra.FirstOrDefault(p => p.Name.Name == property)?.Value is { Kind: JsonKind.String } value ? value.Text : null;

        // Data is shown, never interpreted as markdown.
        private static string Escape(string text)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if ("\\`*_{}[]<>()#+-.!|~".IndexOf(c) >= 0) escaped.Append('\\');
                escaped.Append(c);
            }
            return escaped.ToString();
        }
    }
}
