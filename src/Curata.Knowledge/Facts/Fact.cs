using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using Curata.Knowledge.Storage;
using System.Text.Json.Serialization;

namespace Curata.Knowledge
{
    /// <summary>
    /// Anything with a fact id: a source, actor, statement, event, relation, place, or a fact of a kind the knowledge base
    /// declares. Every fact has citations, external identifiers, and the values of its kind's properties.
    /// </summary>
    public abstract class Fact
    {
        private readonly int _valuesStart;
        private object?[]? _values;

        // Every fact record is the id, the citations, the external ids and the values (skipped here, decoded on first use by
        // following the schema; the runtime types read theirs by slot).
        private protected Fact(KnowledgeGraph graph, KindInfo kind, int index, int position)
        {
            Graph = graph;
            KindInfo = kind;
            Index = index;
            Number = graph.FirstNumber(kind) + index;
            var reader = graph.Reader;
            Id = reader.String(ref position);
            Citations = Citation.Read(graph, ref position);
            var idCount = reader.Int(ref position);
            var ids = idCount == 0 ? Array.Empty<ExternalId>() : new ExternalId[idCount];
            for (var i = 0; i < idCount; i++)
            {
                var scheme = graph.Schema.Schemes[reader.Int(ref position)];
                ids[i] = new ExternalId(scheme, reader.String(ref position));
            }
            ExternalIds = ids;
            reader.Int(ref position); // the values' length: what a reader skipping them would need
            _valuesStart = position;
        }

        /// <summary>The fact's id, unique across the knowledge base.</summary>
        public string Id { get; }

        /// <summary>Where the fact is reported.</summary>
        public IReadOnlyList<Citation> Citations { get; }

        /// <summary>The fact's identifiers in external schemes, ordered by scheme id.</summary>
        public IReadOnlyList<ExternalId> ExternalIds { get; }

        /// <summary>Which kind of fact this is (<see cref="FactKind.Declared"/> for kinds the knowledge base declares).</summary>
        public abstract FactKind Kind { get; }

        /// <summary>The id of the fact's kind: "actor", "place", or a declared kind's id.</summary>
        public string KindId => KindInfo.Id;

        /// <summary>The graph this fact belongs to.</summary>
        [JsonIgnore]
        public KnowledgeGraph Graph { get; }

        /// <summary>How a reader would name the fact: its name or title where it has one, its id otherwise.</summary>
        public virtual string DisplayName => KindInfo.Slot("name") >= 0 ? GetValue("name") as string ?? Id : Id;

        /// <summary>The facts that refer to this one through a declared reference, with the property they use.</summary>
        [JsonIgnore]
        public IReadOnlyList<Reference> ReferencedBy => Graph.ReferencesTo(this);

        /// <summary>Position among the facts of its kind (ordered by id).</summary>
        internal int Index { get; }

        /// <summary>Position among all facts: the kinds in schema order, each ordered by id.</summary>
        internal int Number { get; }

        internal KindInfo KindInfo { get; }

        /// <summary>
        /// The value of a property, by its name in the knowledge files (a built-in property such as an actor's "name", or a
        /// declared one): null when absent, a list for a many-valued property, otherwise the value as its datatype reads it
        /// (string, long, decimal, bool, <see cref="PartialDate"/>, <see cref="DateSpan"/>, <see cref="EstimatedCount"/>,
        /// <see cref="Quantity"/>, <see cref="GeoPoint"/>, a <see cref="Fact"/> or a <see cref="Term"/>; an enum value as its
        /// string; a nested object, such as a role, as a read-only dictionary of its values present by property name). The
        /// generated API and the runtime types read the same values typed.
        /// </summary>
        /// <exception cref="KeyNotFoundException">The fact's kind declares no such property.</exception>
        public object? GetValue(string property)
        {
            var slot = KindInfo.Slot(property);
            if (slot < 0) throw new KeyNotFoundException($"The kind '{KindId}' declares no property '{property}'.");
            return ValueDecoder.Shown(KindInfo.Properties[slot], Values[slot]);
        }

        /// <summary>Used by generated code: the value in a single-valued property's slot (an enum as its index), or null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public object? ValueAt(int slot) => Values[slot];

        /// <summary>Used by generated code: the values in a many-valued property's slot (enums as their indexes).</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public IReadOnlyList<T> ValuesAt<T>(int slot) => ValueDecoder.Items<T>(Values[slot]);

        /// <summary>Used by generated code: the values of a many-valued enum property as <typeparamref name="TEnum"/>.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public IReadOnlyList<TEnum> EnumsAt<TEnum>(int slot) where TEnum : struct =>
            Values[slot] is object[] items ? Array.ConvertAll(items, item => (TEnum)Enum.ToObject(typeof(TEnum), (int)item!)) : Array.Empty<TEnum>();

        /// <summary>The id.</summary>
        public override string ToString() => Id;

        /// <summary>The objects in a many-valued object property's slot (roles, participants, fatality reports).</summary>
        internal IReadOnlyList<ObjectValue> ObjectsAt(int slot) => ValueDecoder.Items<ObjectValue>(Values[slot]);

        private object?[] Values => _values ?? ValueDecoder.Once(ref _values, DecodeValues);

        private object?[] DecodeValues()
        {
            var position = _valuesStart;
            return ValueDecoder.Read(Graph, KindInfo.Properties, ref position);
        }
    }

    /// <summary>A fact of a known kind, with a typed id.</summary>
    public abstract class Fact<TSelf> : Fact where TSelf : Fact<TSelf>
    {
        private protected Fact(KnowledgeGraph graph, KindInfo kind, int index, int position) : base(graph, kind, index, position) { }

        /// <summary>The id, typed by the kind of fact.</summary>
        public FactId<TSelf> Key => new FactId<TSelf>(Id);
    }

    /// <summary>A reference from one fact to another through a declared property ("the mission of this spacecraft").</summary>
    public sealed class Reference
    {
        internal Reference(Fact referrer, string property)
        {
            Referrer = referrer;
            Property = property;
        }

        /// <summary>The fact that holds the reference.</summary>
        public Fact Referrer { get; }

        /// <summary>The declared property it is held in, by its name in the knowledge files.</summary>
        public string Property { get; }

        /// <summary>For example "apollo-13-lm.partOf".</summary>
        public override string ToString() => $"{Referrer.Id}.{Property}";
    }
}
