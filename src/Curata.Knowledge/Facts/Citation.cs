using System.ComponentModel;

namespace Curata.Knowledge
{
    /// <summary>A pointer from a fact to the place in a source that reports it.</summary>
    public sealed class Citation
    {
        private readonly string _sourceId;

        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Citation(string sourceId, int? paragraph, string? note)
        {
            _sourceId = sourceId;
            Paragraph = paragraph;
            Note = note;
        }

        /// <summary>The cited source.</summary>
        public Source Source { get; private set; } = null!;

        /// <summary>The 1-based paragraph of the source, when given.</summary>
        public int? Paragraph { get; }

        /// <summary>The curator's remark on how the source supports the fact.</summary>
        public string? Note { get; }

        internal void Link(KnowledgeGraph graph) => Source = graph.Resolve<Source>(_sourceId);

        /// <summary>The source id and paragraph, as <c>source ¶4</c>.</summary>
        public override string ToString() => Paragraph is int p ? $"{_sourceId} ¶{p}" : _sourceId;
    }
}
