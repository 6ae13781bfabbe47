using System.Collections.Generic;
using System.ComponentModel;

namespace Curata.Knowledge
{
    /// <summary>A document that reports facts: an article, a press release, a report.</summary>
    public sealed class Source : Fact<Source>
    {
        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Source(string id, SourceKind sourceKind, string title, PartialDate? published, string? publisher, string? place,
            IReadOnlyList<string> contributors, string? language, string? notes)
            : base(id, System.Array.Empty<Citation>())
        {
            SourceKind = sourceKind;
            Title = title;
            Published = published;
            Publisher = publisher;
            Place = place;
            Contributors = contributors;
            Language = language;
            Notes = notes;
        }

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Source;

        /// <summary>What sort of document it is.</summary>
        public SourceKind SourceKind { get; }

        /// <summary>Its title or a short description.</summary>
        public string Title { get; }

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

        /// <summary>Every fact that cites this source.</summary>
        public IReadOnlyList<Fact> CitedBy => Graph.CitingFacts(this);
    }
}
