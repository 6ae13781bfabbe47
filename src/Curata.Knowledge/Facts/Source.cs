using System.Collections.Generic;
using System.Text.Json.Serialization;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>A document that reports facts: an article, a press release, a report.</summary>
    public sealed class Source : Fact<Source>
    {
        private IReadOnlyList<string>? _contributors;

        private Source(KnowledgeGraph graph, KindInfo kind, int index, int position) : base(graph, kind, index, position) { }

        internal static Source Read(KnowledgeGraph graph, KindInfo kind, int index, int position) => new Source(graph, kind, index, position);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Source;

        /// <summary>What sort of document it is.</summary>
        public SourceKind? SourceKind => ValueAt(Slots.Kind) as SourceKind;

        /// <summary>Its title or a short description.</summary>
        public string? Title => ValueAt(Slots.Title) as string;

        /// <inheritdoc/>
        public override string DisplayName => Title ?? Id;

        /// <summary>When it was published.</summary>
        public PartialDate? Published => (PartialDate?)ValueAt(Slots.Published);

        /// <summary>Who published it.</summary>
        public string? Publisher => ValueAt(Slots.Publisher) as string;

        /// <summary>Where it was reported from.</summary>
        public string? Place => ValueAt(Slots.Place) as string;

        /// <summary>Who wrote or contributed to it.</summary>
        public IReadOnlyList<string> Contributors => _contributors ?? ValueDecoder.Once(ref _contributors, () => ValuesAt<string>(Slots.Contributors));

        /// <summary>The language of the text as read (BCP 47).</summary>
        public string? Language => ValueAt(Slots.Language) as string;

        /// <summary>The curator's remarks, such as known translation errors.</summary>
        public string? Notes => ValueAt(Slots.Notes) as string;

        /// <summary>The plain-text copy of the source the build checks quotations against, as the knowledge file names it.</summary>
        public string? TextFile => ValueAt(Slots.TextFile) as string;

        /// <summary>Every fact that cites this source.</summary>
        [JsonIgnore]
        public IReadOnlyList<Fact> CitedBy => Graph.CitingFacts(this);

        private Layout Slots => KindInfo.Layout(kind => new Layout(kind));

        // Where a source's values are, as the schema lists them: looked up once per kind.
        private sealed class Layout
        {
            public readonly int Kind, Title, Published, Publisher, Place, Contributors, Language, Notes, TextFile;

            public Layout(KindInfo kind)
            {
                Kind = kind.RequiredSlot("kind");
                Title = kind.RequiredSlot("title");
                Published = kind.RequiredSlot("published");
                Publisher = kind.RequiredSlot("publisher");
                Place = kind.RequiredSlot("place");
                Contributors = kind.RequiredSlot("contributors");
                Language = kind.RequiredSlot("language");
                Notes = kind.RequiredSlot("notes");
                TextFile = kind.RequiredSlot("textFile");
            }
        }
    }
}
