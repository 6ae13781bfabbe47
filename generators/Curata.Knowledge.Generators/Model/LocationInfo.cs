using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// A place in a knowledge file as plain values (a Roslyn <see cref="Location"/> would pin old compilations in the cache).
    /// Lines and columns are zero-based, as Roslyn's are; the compiler prints them one-based.
    /// </summary>
    internal sealed record LocationInfo(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public static LocationInfo From(string path, SourceText text, int start, int length)
        {
            start = System.Math.Max(0, System.Math.Min(start, text.Length));
            length = System.Math.Max(0, System.Math.Min(length, text.Length - start));
            var span = new TextSpan(start, length);
            var lines = text.Lines.GetLinePositionSpan(span);
            return new LocationInfo(path, start, length, lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character);
        }

        /// <summary>The same from a text's <see cref="Json.LineMap"/>: what the reader uses, without building Roslyn's line table.</summary>
        public static LocationInfo From(string path, Json.LineMap lines, int textLength, int start, int length)
        {
            start = System.Math.Max(0, System.Math.Min(start, textLength));
            length = System.Math.Max(0, System.Math.Min(length, textLength - start));
            var (startLine, startColumn) = lines.Position(start);
            var (endLine, endColumn) = lines.Position(start + length);
            return new LocationInfo(path, start, length, startLine, startColumn, endLine, endColumn);
        }

        public Location ToLocation() =>
            Location.Create(Path, new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

        /// <summary>As the compiler prints it: <c>path(line,column)</c>, one-based.</summary>
        public override string ToString() => $"{Path}({StartLine + 1},{StartColumn + 1})";
    }
}
