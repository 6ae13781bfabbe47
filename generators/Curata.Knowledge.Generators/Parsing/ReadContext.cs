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
        private readonly TextLines _lines;

        public ReadContext(string path, TextLines lines)
        {
            Path = path;
            _lines = lines;
        }

        public string Path { get; }

        public List<DiagnosticInfo> Diagnostics { get; } = new List<DiagnosticInfo>();

        public LocationInfo Locate(JsonValue node) => new LocationInfo(Path, node.Start, node.End - node.Start, _lines);

        public LocationInfo Locate(int start, int length) => new LocationInfo(Path, start, length, _lines);

        public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
            Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }
}
