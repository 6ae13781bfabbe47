using System.Globalization;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>
    /// A text for messages ("statement 'lind-calm'", "an array of participant objects"), formatted only when a message is
    /// reported. A reading names every object and array it reads, hundreds of thousands in a large base, and reports few
    /// problems: the names cost a string each when they were formatted up front.
    /// </summary>
    internal readonly struct MessageText
    {
        private readonly string _pattern;
        private readonly object? _first;
        private readonly object? _second;

        /// <summary><paramref name="pattern"/> with <c>{0}</c> and <c>{1}</c> for the arguments (each formatted by its <c>ToString</c>).</summary>
        public MessageText(string pattern, object? first, object? second = null)
        {
            _pattern = pattern;
            _first = first;
            _second = second;
        }

        /// <summary>A text that is already whole (no arguments, so it is never formatted).</summary>
        public static implicit operator MessageText(string text) => new MessageText(text, null);

        public override string ToString() =>
            _first == null && _second == null ? _pattern ?? "" : string.Format(CultureInfo.InvariantCulture, _pattern, _first, _second);
    }
}
