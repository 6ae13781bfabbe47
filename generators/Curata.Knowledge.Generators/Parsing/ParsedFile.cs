using System.Collections.Generic;
using Curata.Knowledge.Generators.Json;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>A file's text, its JSON tree (partial where damaged) and its syntax errors: what every reading of it starts from.</summary>
    internal sealed record ParsedFile(string Content, JsonNode? Root, IReadOnlyList<JsonSyntaxError> Errors);
}
