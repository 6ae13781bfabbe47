using System.Collections.Generic;

namespace Curata.Knowledge
{
    /// <summary>Something an actor said: quoted verbatim or paraphrased.</summary>
    public sealed class Statement : Fact<Statement>
    {
        private readonly int _speaker;
        private readonly int? _issuedThrough;
        private readonly int[] _about;

        private Statement(KnowledgeGraph graph, Storage.KindInfo kind, int index, ref int position) : base(graph, kind, index, ref position)
        {
            var reader = graph.Reader;
            _speaker = reader.Int(ref position);
            _issuedThrough = reader.OptionalInt(ref position);
            Date = reader.Span(ref position);
            Mode = (StatementMode)reader.Int(ref position);
            Text = reader.String(ref position);
            _about = reader.Ints(ref position);
        }

        internal static Statement Read(KnowledgeGraph graph, Storage.KindInfo kind, int index, int position) => new Statement(graph, kind, index, ref position);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Statement;

        /// <summary>Who said it.</summary>
        public Actor Speaker => Graph.Actors[_speaker];

        /// <summary>The body it was issued through (an office, a press service), if any.</summary>
        public Actor? IssuedThrough => _issuedThrough is int i ? Graph.Actors[i] : null;

        /// <summary>When it was said.</summary>
        public DateSpan? Date { get; }

        /// <summary>Quotation or paraphrase.</summary>
        public StatementMode Mode { get; }

        /// <summary>True when <see cref="Text"/> is the speaker's own words.</summary>
        public bool IsQuotation => Mode == StatementMode.Quotation;

        /// <summary>The words (verbatim for a quotation; the curator's summary for a paraphrase).</summary>
        public string Text { get; }

        /// <summary>The actors and events the statement is about.</summary>
        public IReadOnlyList<Fact> About => Graph.FactsNumbered(_about);

        /// <summary>The speaker and the text, quoted when it is a quotation.</summary>
        public override string ToString() => IsQuotation ? $"{Speaker.Name}: \"{Text}\"" : $"{Speaker.Name} (paraphrased): {Text}";
    }
}
