using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// A place in a knowledge file as plain values (a Roslyn <see cref="Location"/> would pin old compilations in the cache):
    /// the path and the span, in UTF-16 code units. Lines and columns (zero-based, as Roslyn's are; the compiler prints them
    /// one-based) are worked out from <see cref="Lines"/> only when asked for, which is when a diagnostic is reported.
    /// </summary>
    /// <remarks>
    /// A value, not an object: a reading makes one per id and value it reads, so each would otherwise be an object of its own.
    /// Equal locations have the same path and span; the text they were read from is not compared, since a model's equality is
    /// what tells the generator its output is unchanged, and no generated code holds a line.
    /// </remarks>
    internal readonly struct LocationInfo : IEquatable<LocationInfo>
    {
        // The path alone (a string), or the file with its text's lines (a SourceFile) that every location read from it shares:
        // one reference rather than two in each of the millions of locations a large base holds.
        private readonly object? _file;

        public LocationInfo(string path, int start, int length, TextLines? lines)
            : this(lines == null ? path : new SourceFile(path, lines), start, length, lines)
        {
        }

        /// <summary>A location in <paramref name="file"/>, whose path and lines it shares.</summary>
        public LocationInfo(SourceFile file, int start, int length)
            : this(file, start, length, file.Lines)
        {
        }

        /// <summary>Another span of the same file, sharing its path and lines.</summary>
        public LocationInfo InSameFile(int start, int length) => _file == null ? default : new LocationInfo(_file, start, length, Lines);

        private LocationInfo(object file, int start, int length, TextLines? lines)
        {
            _file = file;
            var textLength = lines?.Length ?? int.MaxValue;
            Start = Math.Max(0, Math.Min(start, textLength));
            Length = Math.Max(0, Math.Min(length, textLength - Start));
        }

        public string Path => _file as string ?? (_file as SourceFile)?.Path!;

        public int Start { get; }

        public int Length { get; }

        /// <summary>The text's lines; null for a location made without its text, which is on its first line.</summary>
        public TextLines? Lines => (_file as SourceFile)?.Lines;

        public int StartLine => Position(Start).Line;

        public int StartColumn => Position(Start).Column;

        public int EndLine => Position(Start + Length).Line;

        public int EndColumn => Position(Start + Length).Column;

        private (int Line, int Column) Position(int offset) => Lines?.Position(offset) ?? (0, offset);

        public static LocationInfo From(string path, SourceText text, int start, int length) => new LocationInfo(path, start, length, TextLines.Of(text));

        public Location ToLocation()
        {
            var start = Position(Start);
            var end = Position(Start + Length);
            return Location.Create(Path ?? "", new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(start.Line, start.Column), new LinePosition(end.Line, end.Column)));
        }

        /// <summary>As the compiler prints it: <c>path(line,column)</c>, one-based.</summary>
        public override string ToString()
        {
            var (line, column) = Position(Start);
            return $"{Path}({line + 1},{column + 1})";
        }

        public bool Equals(LocationInfo other) => Start == other.Start && Length == other.Length && string.Equals(Path, other.Path, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is LocationInfo other && Equals(other);

        public override int GetHashCode() => ((Path?.GetHashCode() ?? 0) * 31 + Start) * 31 + Length;

        public static bool operator ==(LocationInfo left, LocationInfo right) => left.Equals(right);

        public static bool operator !=(LocationInfo left, LocationInfo right) => !left.Equals(right);
    }
}
