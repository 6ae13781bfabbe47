using System.Threading;
using Curata.Knowledge.Generators.Json;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// The lines of one version of a text, found only when a position is first asked for. Locations keep offsets; a clean
    /// file's reading never asks, so it never scans the text for line breaks. Holds the <see cref="SourceText"/> the host
    /// already keeps (not a copy of its characters), or the string a language server keeps.
    /// </summary>
    internal sealed class TextLines
    {
        private readonly SourceText? _text;
        private readonly string? _content;
        private LineMap? _map;

        private TextLines(SourceText? text, string? content, int length)
        {
            _text = text;
            _content = content;
            Length = length;
        }

        public static TextLines Of(SourceText text) => new TextLines(text, null, text.Length);

        public static TextLines Of(string content) => new TextLines(null, content, content.Length);

        /// <summary>The text's length in UTF-16 code units.</summary>
        public int Length { get; }

        /// <summary>The zero-based line and column of <paramref name="offset"/>, with the compiler's line breaks.</summary>
        public (int Line, int Column) Position(int offset)
        {
            // Two threads may both build the map; they build the same one.
            var map = Volatile.Read(ref _map);
            if (map == null) Volatile.Write(ref _map, map = LineMap.Of(_content ?? _text!.ToString()));
            return map.Position(offset);
        }
    }
}
