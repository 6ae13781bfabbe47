using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Lsp
{
    /// <summary>
    /// An id as written in a knowledge file: where (<see cref="Ref"/>, the string token with its quotes), in which id space
    /// (<see cref="KnowledgeSymbols.FactSpace"/> for facts, which share one; a vocabulary's name for its terms), and what
    /// it is: for a definition the fact's kind (<see cref="Definition"/> is the fact or term, for hover); for a reference the
    /// kind it must name (<c>actor</c>, <c>fact</c> for any) or the vocabulary.
    /// </summary>
    internal sealed record KnowledgeSymbol(IdRef Ref, string Space, string Kind, object? Definition)
    {
        public bool IsDefinition => Definition != null;

        /// <summary>The id's characters without the quotes: what a rename replaces and where a definition lands.</summary>
        public LocationInfo IdLocation => KnowledgeSymbols.Unquoted(Ref.Location);
    }

    /// <summary>
    /// Every definition and reference of one file, ordered by position, built from the file's model (the ids and locations
    /// the generator's reader recorded), not by parsing again. Properties the declarations define (kept raw by the reader,
    /// such as an event's <c>places</c> or a place's <c>partOf</c>) are resolved with <see cref="DeclaredModel"/>; so are the
    /// kinds of facts in sections of declared kinds. Facts the reader rejected are not in the model, so neither are their ids.
    /// </summary>
    internal sealed class KnowledgeSymbols
    {
        /// <summary>The id space all facts share.</summary>
        public const string FactSpace = StandardKinds.AnyFact;

        private readonly KnowledgeSymbol[] _byPosition;

        private KnowledgeSymbols(string path, List<KnowledgeSymbol> symbols)
        {
            Path = path;
            _byPosition = symbols.OrderBy(s => s.Ref.Location.Start).ToArray();
            var definitions = new Dictionary<(string, string), KnowledgeSymbol>();
            foreach (var symbol in _byPosition)
            {
                if (symbol.IsDefinition && !definitions.ContainsKey((symbol.Space, symbol.Ref.Id))) definitions.Add((symbol.Space, symbol.Ref.Id), symbol);
            }
            Definitions = definitions;
        }

        public string Path { get; }

        /// <summary>Every symbol, by position.</summary>
        public IReadOnlyList<KnowledgeSymbol> All => _byPosition;

        /// <summary>The first definition in this file of each (space, id).</summary>
        public IReadOnlyDictionary<(string Space, string Id), KnowledgeSymbol> Definitions { get; }

        /// <summary>The symbol whose token contains <paramref name="offset"/> (its end included, where a cursor after the closing quote is).</summary>
        public KnowledgeSymbol? At(int offset)
        {
            int low = 0, high = _byPosition.Length - 1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                var location = _byPosition[middle].Ref.Location;
                if (offset < location.Start) high = middle - 1;
                else if (offset > location.Start + location.Length) low = middle + 1;
                else return _byPosition[middle];
            }
            return null;
        }

        /// <summary>A string token's location without its quotes (ids are never escaped, so the characters are the id's).</summary>
        public static LocationInfo Unquoted(LocationInfo token) =>
            token.Length >= 2 && token.StartLine == token.EndLine
                ? token.InSameFile(token.Start + 1, token.Length - 2)
                : token;

        /// <summary>The symbols of one file model, given the declarations in force.</summary>
        public static KnowledgeSymbols Build(KnowledgeFileSpec file, DeclaredModel declarations)
        {
            var symbols = new Walker(declarations);
            foreach (var source in file.Sources)
            {
                symbols.Fact(source);
                symbols.Term(source.SourceKind, Vocabularies.SourceKinds);
            }
            foreach (var actor in file.Actors)
            {
                symbols.Fact(actor);
                symbols.Term(actor.ActorKind, Vocabularies.ActorKinds);
                foreach (var role in actor.Roles)
                {
                    symbols.Term(role.RoleKind, Vocabularies.RoleKinds);
                    symbols.Reference(role.Of, StandardKinds.Actor);
                    symbols.Citations(role.Sources);
                }
            }
            foreach (var statement in file.Statements)
            {
                symbols.Fact(statement);
                symbols.Reference(statement.Speaker, StandardKinds.Actor);
                symbols.Reference(statement.IssuedThrough, StandardKinds.Actor);
                foreach (var about in statement.About) symbols.Reference(about, StandardKinds.AnyFact);
            }
            foreach (var e in file.Events)
            {
                symbols.Fact(e);
                symbols.Term(e.Type, Vocabularies.EventTypes);
                foreach (var participant in e.Participants)
                {
                    symbols.Reference(participant.Actor, StandardKinds.Actor);
                    symbols.Term(participant.Role, Vocabularies.ParticipantRoles);
                }
                foreach (var fatality in e.Fatalities)
                {
                    foreach (var victim in fatality.VictimActors) symbols.Reference(victim, StandardKinds.Actor);
                    foreach (var share in fatality.Breakdown) symbols.Reference(share.Actor, StandardKinds.Actor);
                    symbols.Citations(fatality.Sources);
                }
                foreach (var cause in e.Causes) symbols.Reference(cause, StandardKinds.Event);
                symbols.Reference(e.PartOf, StandardKinds.Event);
            }
            foreach (var relation in file.Relations)
            {
                symbols.Fact(relation);
                symbols.Reference(relation.Subject, StandardKinds.Actor);
                symbols.Term(relation.Predicate, Vocabularies.Predicates);
                symbols.Reference(relation.Object, StandardKinds.Actor);
            }
            foreach (var section in file.OtherSections)
            {
                var kind = declarations.KindsByPlural.TryGetValue(section.Name.Name, out var declared) ? declared.Id.Id : "";
                foreach (var fact in section.Facts) symbols.Fact(fact with { DeclaredKind = kind });
            }
            foreach (var type in file.EventTypes)
            {
                symbols.TermDefinition(type.Id, Vocabularies.EventTypes, type);
                symbols.Term(type.Parent, Vocabularies.EventTypes);
            }
            foreach (var role in file.ParticipantRoles) symbols.TermDefinition(role.Id, Vocabularies.ParticipantRoles, role);
            foreach (var predicate in file.Predicates)
            {
                symbols.TermDefinition(predicate.Id, Vocabularies.Predicates, predicate);
                symbols.Term(predicate.InverseOf, Vocabularies.Predicates);
                foreach (var other in predicate.ConflictsWith) symbols.Term(other, Vocabularies.Predicates);
                foreach (var kind in predicate.SubjectKinds.Concat(predicate.ObjectKinds)) symbols.Term(kind, Vocabularies.ActorKinds);
            }
            foreach (var term in file.Terms)
            {
                symbols.TermDefinition(term.Id, term.Vocabulary, term);
                symbols.Term(term.Parent, term.Vocabulary);
            }
            return new KnowledgeSymbols(file.Path, symbols.Symbols);
        }

        /// <summary>Collects symbols; every fact's citations and declared references are handled in <see cref="Fact"/>.</summary>
        private sealed class Walker
        {
            private readonly DeclaredModel _declarations;

            public Walker(DeclaredModel declarations) => _declarations = declarations;

            public List<KnowledgeSymbol> Symbols { get; } = new();

            public void Fact(FactSpec fact)
            {
                Symbols.Add(new KnowledgeSymbol(fact.Id, FactSpace, fact.Kind, fact));
                Citations(fact.Sources);
                foreach (var property in fact.Extra)
                {
                    var declared = _declarations.Property(fact.Kind, property.Name.Name);
                    if (declared?.Target == null || (declared.Type != Datatype.Reference && declared.Type != Datatype.Term)) continue;
                    var values = property.Value.Kind == JsonKind.Array ? property.Value.Items : new EquatableArray<RawValue>(new[] { property.Value });
                    foreach (var value in values.Where(v => v.Kind == JsonKind.String && v.Text != null))
                    {
                        var reference = new IdRef(value.Text!, value.Location);
                        if (declared.Type == Datatype.Reference) Reference(reference, declared.Target.Name);
                        else Term(reference, declared.Target.Name);
                    }
                }
            }

            public void Citations(EquatableArray<CitationSpec> citations)
            {
                foreach (var citation in citations) Reference(citation.Source, StandardKinds.Source);
            }

            public void Reference(IdRef? reference, string kind)
            {
                if (reference != null) Symbols.Add(new KnowledgeSymbol(reference, FactSpace, kind, null));
            }

            public void Term(IdRef? reference, string vocabulary)
            {
                if (reference != null) Symbols.Add(new KnowledgeSymbol(reference, vocabulary, vocabulary, null));
            }

            public void TermDefinition(IdRef id, string vocabulary, object term) => Symbols.Add(new KnowledgeSymbol(id, vocabulary, vocabulary, term));
        }
    }
}
