using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Curata.Knowledge.Generators.Tests.Support;
using Json.Schema;

namespace Curata.Knowledge.Generators.Tests.Robustness.Support;

/// <summary>
/// Decides, independently of the generator, whether a knowledge file is invalid: not UTF-8, not JSON (RFC 8259, as
/// System.Text.Json reads it, with duplicate property names refused), or not a knowledge file by the JSON Schema editors use.
/// An invalid file must get at least one diagnostic of its own.
/// </summary>
internal static class Oracle
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(RepositoryPaths.Schema));

    /// <summary>Why the file is invalid, or null when it is valid (or when the schema cannot judge it).</summary>
    public static string? WhyInvalid(byte[] bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return "not UTF-8: " + e.Message;
        }
        return WhyInvalid(text);
    }

    public static string? WhyInvalid(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        try
        {
            using var _ = JsonDocument.Parse(text, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return "not JSON: " + e.Message;
        }
        try
        {
            var result = Schema.Value.Evaluate(JsonNode.Parse(text), new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
            {
                return "not a knowledge file: " + string.Join("; ", result.Details.Where(d => d.HasErrors)
                    .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(3));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // numbers beyond decimal range and the like: the schema library cannot judge, so the oracle does not
        }
        return null;
    }
}
