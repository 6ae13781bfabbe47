using System.Collections.Generic;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>
    /// A file's text, its JSON tree (partial where damaged), its syntax errors, and its lines (found when first asked for): what
    /// every reading of it starts from.
    /// </summary>
    internal sealed record ParsedFile(string Content, JsonNode? Root, IReadOnlyList<JsonSyntaxError> Errors, TextLines Lines);
}
