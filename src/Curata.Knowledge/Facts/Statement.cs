using System.Collections.Generic;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>Something an actor said: quoted verbatim or paraphrased.</summary>
    public sealed class Statement : Fact<Statement>
    {
        private Statement(KnowledgeGraph graph, KindInfo kind, int index, int position) : base(graph, kind, index, position) { }

        internal static Statement Read(KnowledgeGraph graph, KindInfo kind, int index, int position) => new Statement(graph, kind, index, position);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Statement;

        /// <summary>Who said it.</summary>
        public Actor Speaker => (Actor)ValueAt(Slots.Speaker)!;

        /// <summary>The body it was issued through (an office, a press service), if any.</summary>
        public Actor? IssuedThrough => ValueAt(Slots.IssuedThrough) as Actor;

        /// <summary>When it was said.</summary>
        public DateSpan? Date => (DateSpan?)ValueAt(Slots.Date);

        /// <summary>Quotation or paraphrase.</summary>
        public StatementMode Mode => (StatementMode)(int)ValueAt(Slots.Mode)!;

        /// <summary>True when <see cref="Text"/> is the speaker's own words.</summary>
        public bool IsQuotation => Mode == StatementMode.Quotation;

        /// <summary>The words (verbatim for a quotation; the curator's summary for a paraphrase).</summary>
        public string Text => (string)ValueAt(Slots.Text)!;

        /// <summary>The actors and events the statement is about.</summary>
        public IReadOnlyList<Fact> About => ValuesAt<Fact>(Slots.About);

        /// <summary>The speaker and the text, quoted when it is a quotation.</summary>
        public override string ToString() => IsQuotation ? $"{Speaker.Name}: \"{Text}\"" : $"{Speaker.Name} (paraphrased): {Text}";

        private Layout Slots => KindInfo.Layout(kind => new Layout(kind));

        // Where a statement's values are, as the schema lists them: looked up once per kind. The mode's values are declared in
        // the order of StatementMode, so its index is the member (a test holds them together).
        private sealed class Layout
        {
            public readonly int Speaker, IssuedThrough, Date, Mode, Text, About;

            public Layout(KindInfo kind)
            {
                Speaker = kind.RequiredSlot("speaker");
                IssuedThrough = kind.RequiredSlot("issuedThrough");
                Date = kind.RequiredSlot("date");
                Mode = kind.RequiredSlot("mode");
                Text = kind.RequiredSlot("text");
                About = kind.RequiredSlot("about");
            }
        }
    }
}
