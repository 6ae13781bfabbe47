using System;
using System.Collections.Generic;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>
    /// A file's JSON on its tape (partial where damaged), its syntax errors, and its lines (found when first asked for): what
    /// every reading of it starts from. Disposing it hands the tape to the next file parsed on the thread.
    /// </summary>
    internal sealed class ParsedFile : IDisposable
    {
        private readonly JsonTape _tape;

        public ParsedFile(JsonTape tape, JsonValue root, IReadOnlyList<JsonSyntaxError> errors, TextLines lines)
        {
            _tape = tape;
            Root = root;
            Errors = errors;
            Lines = lines;
        }

        /// <summary>The root value; <c>default</c> when the file holds none.</summary>
        public JsonValue Root { get; }

        public IReadOnlyList<JsonSyntaxError> Errors { get; }

        public TextLines Lines { get; }

        public void Dispose() => _tape.Dispose();
    }
}
