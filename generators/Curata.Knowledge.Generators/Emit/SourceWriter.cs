using System.Text;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>A text writer that tracks indentation, so emitters write code rather than whitespace. Lines end in LF always.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder;
        private int _indent;

        public SourceWriter(int capacity = 4096) => _builder = new StringBuilder(capacity);

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
            _builder.Append('\n');
            return this;
        }

        public SourceWriter Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        public override string ToString() => _builder.ToString();
    }
}
