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
        private readonly LineMap _lines;
        private readonly int _length;

        public ReadContext(string path, string text)
        {
            Path = path;
            _lines = LineMap.Of(text);
            _length = text.Length;
        }

        public string Path { get; }

        public List<DiagnosticInfo> Diagnostics { get; } = new List<DiagnosticInfo>();

        public LocationInfo Locate(JsonNode node) => LocationInfo.From(Path, _lines, _length, node.Start, node.End - node.Start);

        public LocationInfo Locate(int start, int length) => LocationInfo.From(Path, _lines, _length, start, length);

        public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
            Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }
}
