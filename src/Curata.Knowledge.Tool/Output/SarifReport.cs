using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Tool.Input;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Tool.Output
{
    /// <summary>A SARIF 2.1.0 log of a check: one run, the rules of the catalogue that occur, one result per diagnostic.</summary>
    internal static class SarifReport
    {
        public static void Write(TextWriter writer, KnowledgeFolder knowledge)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                json.WriteStartObject("tool");
                json.WriteStartObject("driver");
                json.WriteString("name", "Curata.Knowledge");
                json.WriteString("informationUri", "https://github.com/curata-knowledge/curata-knowledge");
                var rules = knowledge.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
                json.WriteStartArray("rules");
                foreach (var id in rules)
                {
                    var descriptor = DiagnosticDescriptors.ById.TryGetValue(id, out var d) ? d : null;
                    json.WriteStartObject();
                    json.WriteString("id", id);
                    if (descriptor != null)
                    {
                        json.WriteStartObject("shortDescription");
                        json.WriteString("text", descriptor.Title.ToString());
                        json.WriteEndObject();
                        json.WriteString("helpUri", descriptor.HelpLinkUri);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartArray("results");
                foreach (var diagnostic in knowledge.Diagnostics)
                {
                    var span = diagnostic.Location.GetLineSpan();
                    json.WriteStartObject();
                    json.WriteString("ruleId", diagnostic.Id);
                    json.WriteNumber("ruleIndex", rules.IndexOf(diagnostic.Id));
                    json.WriteString("level", diagnostic.Severity switch
                    {
                        DiagnosticSeverity.Error => "error",
                        DiagnosticSeverity.Warning => "warning",
                        _ => "note",
                    });
                    json.WriteStartObject("message");
                    json.WriteString("text", diagnostic.GetMessage());
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", new Uri(span.Path).AbsoluteUri);
                    json.WriteEndObject();
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", span.StartLinePosition.Line + 1);
                    json.WriteNumber("startColumn", span.StartLinePosition.Character + 1);
                    json.WriteNumber("endLine", span.EndLinePosition.Line + 1);
                    json.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }
    }
}
