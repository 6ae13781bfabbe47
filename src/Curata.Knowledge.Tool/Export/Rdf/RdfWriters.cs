using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Curata.Knowledge.Tool.Export.Rdf
{
    /// <summary>N-Triples: one triple a line, every IRI in full.</summary>
    internal sealed class NTriplesWriter : RdfSink
    {
        private readonly TextWriter _writer;

        public NTriplesWriter(TextWriter writer) => _writer = writer;

        public override void Triple(string subject, string predicate, RdfObject value)
        {
            _writer.Write('<');
            _writer.Write(RdfEscaping.Iri(subject));
            _writer.Write("> <");
            _writer.Write(RdfEscaping.Iri(predicate));
            _writer.Write("> ");
            WriteObject(_writer, value, Full);
            _writer.Write(" .\n");
        }

        private static string Full(string iri) => "<" + RdfEscaping.Iri(iri) + ">";

        /// <summary>An object as N-Triples and Turtle both write it, with <paramref name="iri"/> spelling IRIs.</summary>
        internal static void WriteObject(TextWriter writer, RdfObject value, Func<string, string> iri)
        {
            if (value.IsIri)
            {
                writer.Write(iri(value.Value));
                return;
            }
            writer.Write('"');
            writer.Write(RdfEscaping.String(value.Value));
            writer.Write('"');
            if (value.Datatype != null)
            {
                writer.Write("^^");
                writer.Write(iri(value.Datatype));
            }
        }

        public override void Dispose() => _writer.Flush();
    }

    /// <summary>
    /// Turtle: the prefixes first, then each subject's triples grouped with <c>;</c> (and <c>,</c> for repeated predicates).
    /// An IRI in a declared namespace is written as a prefixed name when its local part is a plain name, else in full.
    /// </summary>
    internal sealed class TurtleWriter : RdfSink
    {
        private readonly TextWriter _writer;
        private readonly (string Prefix, string Iri)[] _prefixes;
        private string? _subject;
        private string? _predicate;

        public TurtleWriter(TextWriter writer, IEnumerable<(string Prefix, string Iri)> prefixes)
        {
            _writer = writer;
            // The longest namespace first, so kbv: (base + "vocab/") wins over kb: (base).
            _prefixes = prefixes.OrderByDescending(p => p.Iri.Length).ToArray();
            foreach (var (prefix, iri) in prefixes) _writer.Write($"@prefix {prefix}: <{RdfEscaping.Iri(iri)}> .\n");
        }

        public override void Triple(string subject, string predicate, RdfObject value)
        {
            if (subject == _subject)
            {
                if (predicate == _predicate) _writer.Write(" ,\n        ");
                else
                {
                    _writer.Write(" ;\n    ");
                    _writer.Write(Name(predicate));
                    _writer.Write(' ');
                }
            }
            else
            {
                if (_subject != null) _writer.Write(" .\n");
                _writer.Write('\n');
                _writer.Write(Name(subject));
                _writer.Write("\n    ");
                _writer.Write(predicate == Namespaces.RdfType ? "a" : Name(predicate));
                _writer.Write(' ');
            }
            _subject = subject;
            _predicate = predicate;
            NTriplesWriter.WriteObject(_writer, value, Name);
        }

        private string Name(string iri)
        {
            foreach (var (prefix, ns) in _prefixes)
            {
                if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal) && IsPlainLocalName(iri, ns.Length))
                    return prefix + ":" + iri.Substring(ns.Length);
            }
            return "<" + RdfEscaping.Iri(iri) + ">";
        }

        // A subset of Turtle's PN_LOCAL that needs no escape: a letter or digit first, then letters, digits, '-' and '_',
        // never ending in '.'. Anything else (a '/', a '#') is written as a full IRI.
        private static bool IsPlainLocalName(string iri, int start)
        {
            for (var i = start; i < iri.Length; i++)
            {
                var c = iri[i];
                if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || (c == '-' && i > start))) return false;
            }
            return true;
        }

        public override void Dispose()
        {
            if (_subject != null) _writer.Write(" .\n");
            _writer.Flush();
        }
    }

    /// <summary>
    /// JSON-LD 1.1 in flattened form: a context of prefixes (so every key and <c>@id</c> is a compact IRI that expands to
    /// exactly the IRI the other RDF formats write) and a <c>@graph</c> of node objects, one per run of a subject's triples.
    /// Every value is explicit (<c>{"@id"}</c> or <c>{"@value", "@type"}</c>), so no processor guesses a type.
    /// </summary>
    internal sealed class JsonLdWriter : RdfSink
    {
        private readonly Utf8JsonWriter _json;
        private readonly (string Prefix, string Iri)[] _prefixes;
        private string? _subject;
        private string? _predicate;

        public JsonLdWriter(Stream stream, IEnumerable<(string Prefix, string Iri)> prefixes)
        {
            _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            _prefixes = prefixes.OrderByDescending(p => p.Iri.Length).ToArray();
            _json.WriteStartObject();
            _json.WriteStartObject("@context");
            foreach (var (prefix, iri) in prefixes) _json.WriteString(prefix, iri);
            _json.WriteEndObject();
            _json.WriteStartArray("@graph");
        }

        public override void Triple(string subject, string predicate, RdfObject value)
        {
            if (subject != _subject)
            {
                if (_subject != null)
                {
                    _json.WriteEndArray();
                    _json.WriteEndObject();
                }
                _json.WriteStartObject();
                _json.WriteString("@id", Compact(subject));
                _subject = subject;
                _predicate = null;
            }
            if (predicate != _predicate)
            {
                if (_predicate != null) _json.WriteEndArray();
                // rdf:type is written as a property, not @type, so that a type and its run need no look-ahead; JSON-LD
                // reads both to the same triple.
                _json.WriteStartArray(Compact(predicate));
                _predicate = predicate;
            }
            _json.WriteStartObject();
            if (value.IsIri) _json.WriteString("@id", Compact(value.Value));
            else
            {
                _json.WriteString("@value", value.Value);
                if (value.Datatype != null) _json.WriteString("@type", Compact(value.Datatype));
            }
            _json.WriteEndObject();
        }

        // A compact IRI must not look like a prefix followed by "//"; a local part with '/' stays compact, since
        // JSON-LD expands prefix:suffix by plain concatenation.
        private string Compact(string iri)
        {
            foreach (var (prefix, ns) in _prefixes)
            {
                if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal) && !iri.AsSpan(ns.Length).StartsWith("//"))
                    return prefix + ":" + iri.Substring(ns.Length);
            }
            return iri;
        }

        public override void Dispose()
        {
            if (_subject != null)
            {
                _json.WriteEndArray();
                _json.WriteEndObject();
            }
            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.Flush();
            _json.Dispose();
        }
    }
}
