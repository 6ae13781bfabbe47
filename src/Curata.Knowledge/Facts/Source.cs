using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Curata.Knowledge
{
    /// <summary>A document that reports facts: an article, a press release, a report.</summary>
    public sealed class Source : Fact<Source>
    {
        private readonly string? _sourceKind;

        private Source(KnowledgeGraph graph, Storage.KindInfo kind, int index, ref int position) : base(graph, kind, index, ref position)
        {
            var reader = graph.Reader;
            _sourceKind = reader.OptionalString(ref position);
            Title = reader.OptionalString(ref position);
            Published = reader.Date(ref position);
            Publisher = reader.OptionalString(ref position);
            Place = reader.OptionalString(ref position);
            Contributors = reader.Strings(ref position);
            Language = reader.OptionalString(ref position);
            Notes = reader.OptionalString(ref position);
            TextFile = reader.OptionalString(ref position);
        }

        internal static Source Read(KnowledgeGraph graph, Storage.KindInfo kind, int index, int position) => new Source(graph, kind, index, ref position);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Source;

        /// <summary>What sort of document it is.</summary>
        public SourceKind? SourceKind => _sourceKind == null ? null : Graph.Vocabulary.SourceKind(_sourceKind);

        /// <summary>Its title or a short description.</summary>
        public string? Title { get; }

        /// <inheritdoc/>
        public override string DisplayName => Title ?? Id;

        /// <summary>When it was published.</summary>
        public PartialDate? Published { get; }

        /// <summary>Who published it.</summary>
        public string? Publisher { get; }

        /// <summary>Where it was reported from.</summary>
        public string? Place { get; }

        /// <summary>Who wrote or contributed to it.</summary>
        public IReadOnlyList<string> Contributors { get; }

        /// <summary>The language of the text as read (BCP 47).</summary>
        public string? Language { get; }

        /// <summary>The curator's remarks, such as known translation errors.</summary>
        public string? Notes { get; }

        /// <summary>The plain-text copy of the source the build checks quotations against, as the knowledge file names it.</summary>
        public string? TextFile { get; }

        /// <summary>Every fact that cites this source.</summary>
        [JsonIgnore]
        public IReadOnlyList<Fact> CitedBy => Graph.CitingFacts(this);
    }
}
