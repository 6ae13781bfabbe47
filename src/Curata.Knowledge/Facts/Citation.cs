using System;
using System.Collections.Generic;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>A pointer from a fact to the place in a source that reports it.</summary>
    public sealed class Citation
    {
        private readonly KnowledgeGraph _graph;
        private readonly int _source;

        private Citation(KnowledgeGraph graph, int source, int? paragraph, string? note)
        {
            _graph = graph;
            _source = source;
            Paragraph = paragraph;
            Note = note;
        }

        /// <summary>The cited source.</summary>
        public Source Source => _graph.Sources[_source];

        /// <summary>The 1-based paragraph of the source, when given.</summary>
        public int? Paragraph { get; }

        /// <summary>The curator's remark on how the source supports the fact.</summary>
        public string? Note { get; }

        // A fact's own citations, in the record head every kind shares (see FactTableFormat).
        internal static IReadOnlyList<Citation> Read(KnowledgeGraph graph, ref int position)
        {
            var reader = graph.Reader;
            var count = reader.Int(ref position);
            if (count == 0) return Array.Empty<Citation>();
            var citations = new Citation[count];
            for (var i = 0; i < count; i++)
            {
                var source = reader.Int(ref position);
                var paragraph = reader.OptionalInt(ref position);
                citations[i] = new Citation(graph, source, paragraph, reader.OptionalString(ref position));
            }
            return citations;
        }

        /// <summary>Citations inside an object (a role's, a fatality report's): objects of <paramref name="slots"/>' shape.</summary>
        internal static IReadOnlyList<Citation> Read(KnowledgeGraph graph, IReadOnlyList<ObjectValue> citations, Layout slots)
        {
            if (citations.Count == 0) return Array.Empty<Citation>();
            var read = new Citation[citations.Count];
            for (var i = 0; i < read.Length; i++)
            {
                var citation = citations[i];
                var paragraph = citation[slots.Paragraph] is long p ? (int?)p : null;
                read[i] = new Citation(graph, ((Source)citation[slots.Source]!).Index, paragraph, citation[slots.Note] as string);
            }
            return read;
        }

        /// <summary>The source id and paragraph, as <c>source ¶4</c>.</summary>
        public override string ToString() => Paragraph is int p ? $"{Source.Id} ¶{p}" : Source.Id;

        /// <summary>Where a nested citation's values are, as the schema lists the properties of its object.</summary>
        internal sealed class Layout
        {
            public readonly int Source, Paragraph, Note;

            public Layout(PropertyInfo citation)
            {
                Source = citation.RequiredSlot("source");
                Paragraph = citation.RequiredSlot("paragraph");
                Note = citation.RequiredSlot("note");
            }
        }
    }
}
