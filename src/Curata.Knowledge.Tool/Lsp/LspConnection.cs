using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Curata.Knowledge.Tool.Lsp
{
    /// <summary>
    /// JSON-RPC 2.0 messages framed as the Language Server Protocol frames them: a <c>Content-Length</c> header, a blank line,
    /// then that many bytes of UTF-8 JSON. Used by the server over stdio, and by the tests and the latency benchmark as a client.
    /// Writing is safe from several threads (diagnostics are published from the checking thread while requests are answered).
    /// </summary>
    internal sealed class LspConnection
    {
        /// <summary>How LSP payloads are written: camel case, nulls left out.</summary>
        public static readonly JsonSerializerOptions Json = new()
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };

        private readonly Stream _input;
        private readonly Stream _output;
        private readonly object _writeLock = new();

        public LspConnection(Stream input, Stream output)
        {
            _input = input;
            _output = output;
        }

        /// <summary>The next message, or null when the other side closed the stream.</summary>
        /// <exception cref="InvalidDataException">The framing is broken: a header line is malformed or the length is missing.</exception>
        public JsonObject? Read()
        {
            var length = -1;
            while (true)
            {
                var line = ReadHeaderLine();
                if (line == null) return null;
                if (line.Length == 0) break;
                var colon = line.IndexOf(':');
                if (colon < 0) throw new InvalidDataException($"Malformed header line '{line}'.");
                // Content-Type is the only other header; its one allowed charset is UTF-8.
                if (line.Substring(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                    length = int.Parse(line.Substring(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
            }
            if (length < 0) throw new InvalidDataException("A message without a Content-Length header.");
            var body = new byte[length];
            var read = 0;
            while (read < length)
            {
                var n = _input.Read(body, read, length - read);
                if (n == 0) return null;
                read += n;
            }
            return JsonNode.Parse(body)?.AsObject();
        }

        /// <summary>Writes one message: a request, a response or a notification.</summary>
        public void Write(JsonNode message)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(message, Json);
            var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
            lock (_writeLock)
            {
                _output.Write(header, 0, header.Length);
                _output.Write(body, 0, body.Length);
                _output.Flush();
            }
        }

        /// <summary>A notification: a method and its parameters, no id, no answer.</summary>
        public void Notify(string method, object? parameters) =>
            Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = ToNode(parameters) });

        /// <summary>A request; the answer comes back as a message with the same id.</summary>
        public void Request(JsonNode id, string method, object? parameters) =>
            Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["method"] = method, ["params"] = ToNode(parameters) });

        /// <summary>The successful answer to request <paramref name="id"/>; a null result is written as <c>null</c>, as JSON-RPC requires.</summary>
        public void Respond(JsonNode? id, object? result)
        {
            var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id?.DeepClone() };
            message["result"] = ToNode(result);
            Write(message);
        }

        /// <summary>The failed answer to request <paramref name="id"/>.</summary>
        public void RespondError(JsonNode? id, int code, string message) =>
            Write(new JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["id"] = id?.DeepClone(),
                ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
            });

        /// <summary>A payload (an LSP record, a node, or null) as a JSON node.</summary>
        public static JsonNode? ToNode(object? value) => value switch
        {
            null => null,
            JsonNode node => node,
            _ => JsonSerializer.SerializeToNode(value, value.GetType(), Json),
        };

        // Header lines are ASCII and end with CRLF; read byte by byte so the body's bytes stay in the stream.
        private string? ReadHeaderLine()
        {
            var line = new StringBuilder();
            while (true)
            {
                var b = _input.ReadByte();
                if (b < 0) return line.Length == 0 ? null : line.ToString();
                if (b == '\n') return line.ToString().TrimEnd('\r');
                line.Append((char)b);
            }
        }
    }

    /// <summary>The JSON-RPC and LSP error codes the server answers with.</summary>
    internal static class LspErrors
    {
        public const int InvalidParams = -32602;
        public const int MethodNotFound = -32601;
        public const int InternalError = -32603;
        public const int ServerNotInitialized = -32002;
        public const int InvalidRequest = -32600;
        /// <summary>The request was valid but could not be carried out (a rename to a taken name).</summary>
        public const int RequestFailed = -32803;
    }
}
