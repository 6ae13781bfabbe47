using System;
using System.Collections.Generic;

namespace Curata.Knowledge.Tool.Export.Rdf
{
    /// <summary>The namespaces the export uses, with the prefixes Turtle and JSON-LD declare for them.</summary>
    internal static class Namespaces
    {
        public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
        public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
        public const string SchemaOrg = "https://schema.org/";
        public const string Prov = "http://www.w3.org/ns/prov#";
        public const string Skos = "http://www.w3.org/2004/02/skos/core#";
        public const string Geo = "http://www.opengis.net/ont/geosparql#";

        /// <summary>The fixed prefixes; the knowledge base's own (<c>kb:</c> and <c>kbv:</c>) come from the base IRI.</summary>
        public static IEnumerable<(string Prefix, string Iri)> Fixed => new[]
        {
            ("rdf", Rdf), ("rdfs", Rdfs), ("xsd", Xsd), ("schema", SchemaOrg), ("prov", Prov), ("skos", Skos),
        };

        public const string RdfType = Rdf + "type";
    }

    /// <summary>The object of a triple: an IRI, or a literal with a datatype (xsd:string when none) or a language tag.</summary>
    internal readonly struct RdfObject
    {
        private RdfObject(string value, bool isIri, string? datatype)
        {
            Value = value;
            IsIri = isIri;
            Datatype = datatype;
        }

        public string Value { get; }

        public bool IsIri { get; }

        /// <summary>The datatype IRI of a literal; null for a plain string.</summary>
        public string? Datatype { get; }

        public static RdfObject Iri(string iri) => new RdfObject(iri, true, null);

        public static RdfObject Literal(string text) => new RdfObject(text, false, null);

        public static RdfObject Typed(string text, string datatypeIri) => new RdfObject(text, false, datatypeIri);
    }

    /// <summary>
    /// Where triples go. The mapping emits a subject's triples together, so a serializer can group them (Turtle's
    /// <c>;</c>, JSON-LD's node objects) while it streams, without holding the graph in memory.
    /// </summary>
    internal abstract class RdfSink : IDisposable
    {
        public abstract void Triple(string subject, string predicate, RdfObject value);

        /// <summary>Flushes what is pending and closes the document.</summary>
        public abstract void Dispose();
    }

    /// <summary>Escaping shared by N-Triples and Turtle (their string and IRI grammars are the same).</summary>
    internal static class RdfEscaping
    {
        /// <summary>A string literal's body: <c>\" \\ \n \r \t</c> by name, other control characters as <c>\uXXXX</c>.</summary>
        public static string String(string text)
        {
            var needs = false;
            foreach (var c in text)
            {
                if (c < 0x20 || c == '"' || c == '\\' || c == 0x7F) { needs = true; break; }
            }
            if (!needs) return text;
            var builder = new System.Text.StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < 0x20 || c == 0x7F) builder.Append("\\u").Append(((int)c).ToString("X4"));
                        else builder.Append(c);
                        break;
                }
            }
            return builder.ToString();
        }

        /// <summary>
        /// An IRI's text for between angle brackets. The characters IRIREF forbids are percent-encoded rather than written as
        /// <c>\uXXXX</c>: the escape would only put them back, and an IRI may not contain them at all.
        /// </summary>
        public static string Iri(string iri)
        {
            var needs = false;
            foreach (var c in iri)
            {
                if (c <= 0x20 || "<>\"{}|^`\\".IndexOf(c) >= 0) { needs = true; break; }
            }
            if (!needs) return iri;
            var builder = new System.Text.StringBuilder(iri.Length + 8);
            foreach (var c in iri)
            {
                if (c <= 0x20 || "<>\"{}|^`\\".IndexOf(c) >= 0) builder.Append(Uri.EscapeDataString(c.ToString()));
                else builder.Append(c);
            }
            return builder.ToString();
        }
    }
}
