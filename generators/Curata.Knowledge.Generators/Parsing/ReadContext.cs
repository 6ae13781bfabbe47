using System.Collections.Generic;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>The file being read and the problems found so far.</summary>
    internal sealed class ReadContext
    {
        private readonly SourceFile _file;

        public ReadContext(string path, TextLines lines)
        {
            _file = new SourceFile(path, lines);
        }

        public string Path => _file.Path;

        // Readers of the objects being read, outermost first; those from _depth on are free. Objects nest a few deep (a fact,
        // its fatality report, a share of it, its count), so a file's reading makes a handful of readers, not one per object.
        private readonly List<ObjectReader> _readers = new List<ObjectReader>();
        private int _depth;

        /// <summary>
        /// A reader of <paramref name="obj"/>, to be disposed when done with it (<c>using</c>): it is then reused for the next
        /// object. A reading is single-threaded and nests, so the innermost reader is always the next to be done.
        /// </summary>
        public ObjectReader Reader(JsonValue obj, MessageText what, IReadOnlyList<string>? allowed)
        {
            if (_depth == _readers.Count) _readers.Add(new ObjectReader(this));
            var reader = _readers[_depth++];
            reader.Start(obj, what, allowed);
            return reader;
        }

        // Only the innermost reader goes back: one disposed out of turn stays in use rather than be handed out twice.
        internal void Release(ObjectReader reader)
        {
            if (_depth > 0 && ReferenceEquals(_readers[_depth - 1], reader)) _depth--;
        }

        public List<DiagnosticInfo> Diagnostics { get; } = new List<DiagnosticInfo>();

        public LocationInfo Locate(JsonValue node) => new LocationInfo(_file, node.Start, node.End - node.Start);

        public LocationInfo Locate(int start, int length) => new LocationInfo(_file, start, length);

        public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
            Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }
}
