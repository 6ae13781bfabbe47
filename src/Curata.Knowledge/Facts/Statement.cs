using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace Curata.Knowledge
{
    /// <summary>Something an actor said: quoted verbatim or paraphrased.</summary>
    public sealed class Statement : Fact<Statement>
    {
        private readonly string _speakerId;
        private readonly string? _issuedThroughId;
        private readonly IReadOnlyList<string> _aboutIds;

        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Statement(string id, string speakerId, string? issuedThroughId, DateSpan? date, StatementMode mode, string text,
            IReadOnlyList<string> aboutIds, IReadOnlyList<Citation> citations)
            : base(id, citations)
        {
            _speakerId = speakerId;
            _issuedThroughId = issuedThroughId;
            _aboutIds = aboutIds;
            Date = date;
            Mode = mode;
            Text = text;
        }

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Statement;

        /// <summary>Who said it.</summary>
        public Actor Speaker { get; private set; } = null!;

        /// <summary>The body it was issued through (an office, a press service), if any.</summary>
        public Actor? IssuedThrough { get; private set; }

        /// <summary>When it was said.</summary>
        public DateSpan? Date { get; }

        /// <summary>Quotation or paraphrase.</summary>
        public StatementMode Mode { get; }

        /// <summary>True when <see cref="Text"/> is the speaker's own words.</summary>
        public bool IsQuotation => Mode == StatementMode.Quotation;

        /// <summary>The words (verbatim for a quotation; the curator's summary for a paraphrase).</summary>
        public string Text { get; }

        /// <summary>The actors and events the statement is about.</summary>
        public IReadOnlyList<Fact> About { get; private set; } = System.Array.Empty<Fact>();

        internal override void Link(KnowledgeGraph graph)
        {
            base.Link(graph);
            Speaker = graph.Resolve<Actor>(_speakerId);
            IssuedThrough = _issuedThroughId == null ? null : graph.Resolve<Actor>(_issuedThroughId);
            About = _aboutIds.Select(graph.Resolve<Fact>).ToArray();
        }

        /// <summary>The speaker and the text, quoted when it is a quotation.</summary>
        public override string ToString() => IsQuotation ? $"{Speaker?.Name}: \"{Text}\"" : $"{Speaker?.Name} (paraphrased): {Text}";
    }
}
