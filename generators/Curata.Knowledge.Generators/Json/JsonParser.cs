using System.Globalization;
using System.Text;

namespace Curata.Knowledge.Generators.Json
{
    /// <summary>Where and why a file stopped being valid JSON.</summary>
    internal sealed class JsonSyntaxError
    {
        public JsonSyntaxError(string message, int start, int length)
        {
            Message = message;
            Start = start;
            Length = length;
        }

        public string Message { get; }
        public int Start { get; }
        public int Length { get; }
    }

    /// <summary>
    /// A strict JSON (RFC 8259) parser over the characters of a file, keeping the span of every value. It is hand-written rather
    /// than built on System.Text.Json so that positions are in characters, as compiler locations are, and so the generator
    /// loads in every host without bundled dependencies.
    /// On the first syntax error it stops, but keeps what was complete before it: the root object and any array survive with
    /// their complete elements, so the facts before a typo are not lost.
    /// </summary>
    internal sealed class JsonParser
    {
        /// <summary>Deeper nesting than any knowledge file needs; the limit keeps recursion bounded on hostile input.</summary>
        public const int MaxDepth = 64;

        private readonly string _text;
        private readonly StringBuilder _buffer = new StringBuilder();
        private int _position;
        private JsonSyntaxError? _error;

        private readonly System.Threading.CancellationToken _cancellationToken;
        private int _values;

        private JsonParser(string text, System.Threading.CancellationToken cancellationToken)
        {
            _text = text;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Parses a whole file. Returns the root (possibly partial) and the first syntax error, if any.</summary>
        public static (JsonNode? Root, JsonSyntaxError? Error) Parse(string text, System.Threading.CancellationToken cancellationToken = default)
        {
            var parser = new JsonParser(text, cancellationToken);
            if (text.Length > 0 && text[0] == '\uFEFF') parser._position = 1;
            parser.SkipWhiteSpace();
            if (parser._position >= text.Length)
            {
                return (null, new JsonSyntaxError("The file is empty; a knowledge file is one JSON object.", 0, 0));
            }
            var root = parser.ParseValue(0);
            if (parser._error == null)
            {
                parser.SkipWhiteSpace();
                if (parser._position < text.Length) parser.Fail("Unexpected text after the end of the JSON value.", 1);
            }
            return (root, parser._error);
        }

        private JsonNode? ParseValue(int depth)
        {
            // A cheap check every few thousand values keeps a large file cancellable.
            if ((++_values & 0xFFF) == 0) _cancellationToken.ThrowIfCancellationRequested();
            if (_position >= _text.Length)
            {
                Fail("The file ends where a value was expected.", 0);
                return null;
            }
            var c = _text[_position];
            switch (c)
            {
                case '{': return ParseObject(depth);
                case '[': return ParseArray(depth);
                case '"':
                    var start = _position;
                    var value = ParseString();
                    return value == null ? null : new JsonString(value, start, _position);
                case 't': return ParseLiteral("true", JsonKind.True);
                case 'f': return ParseLiteral("false", JsonKind.False);
                case 'n': return ParseLiteral("null", JsonKind.Null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber();
                    Fail($"Unexpected character {Describe(c)}; expected a JSON value.", 1);
                    return null;
            }
        }

        // A failed object is dropped unless it is the root: a half-read fact must not become a fact.
        private JsonNode? ParseObject(int depth)
        {
            if (depth >= MaxDepth)
            {
                Fail($"JSON is nested more than {MaxDepth} levels deep.", 1);
                return null;
            }
            var node = new JsonObject(_position);
            _position++;
            SkipWhiteSpace();
            if (Peek() == '}')
            {
                _position++;
                node.End = _position;
                return node;
            }
            while (true)
            {
                SkipWhiteSpace();
                if (Peek() != '"')
                {
                    Fail(_position >= _text.Length ? "The file ends inside an object; expected a property name." : $"Unexpected {Describe(_text[_position])}; expected a property name in double quotes.", 1);
                    return depth == 0 ? node : null;
                }
                var nameStart = _position;
                var name = ParseString();
                if (name == null) return depth == 0 ? node : null;
                var nameEnd = _position;
                SkipWhiteSpace();
                if (Peek() != ':')
                {
                    Fail(_position >= _text.Length ? "The file ends after a property name; expected ':'." : $"Unexpected {Describe(_text[_position])}; expected ':' after the property name.", 1);
                    return depth == 0 ? node : null;
                }
                _position++;
                SkipWhiteSpace();
                var value = ParseValue(depth + 1);
                if (value != null) node.Properties.Add(new JsonProperty(name, nameStart, nameEnd, value));
                if (_error != null) return depth == 0 ? node : null;
                SkipWhiteSpace();
                var next = Peek();
                if (next == ',')
                {
                    _position++;
                    continue;
                }
                if (next == '}')
                {
                    _position++;
                    node.End = _position;
                    return node;
                }
                Fail(_position >= _text.Length ? "The file ends inside an object; expected ',' or '}'." : $"Unexpected {Describe(_text[_position])}; expected ',' or '}}'.", 1);
                return depth == 0 ? node : null;
            }
        }

        // A failed array keeps its complete elements: one broken fact does not take its neighbours with it.
        private JsonNode? ParseArray(int depth)
        {
            if (depth >= MaxDepth)
            {
                Fail($"JSON is nested more than {MaxDepth} levels deep.", 1);
                return null;
            }
            var node = new JsonArray(_position);
            _position++;
            SkipWhiteSpace();
            if (Peek() == ']')
            {
                _position++;
                node.End = _position;
                return node;
            }
            while (true)
            {
                SkipWhiteSpace();
                var item = ParseValue(depth + 1);
                if (item != null && _error == null) node.Items.Add(item);
                if (_error != null)
                {
                    node.End = _position;
                    return node;
                }
                SkipWhiteSpace();
                var next = Peek();
                if (next == ',')
                {
                    _position++;
                    continue;
                }
                if (next == ']')
                {
                    _position++;
                    node.End = _position;
                    return node;
                }
                Fail(_position >= _text.Length ? "The file ends inside an array; expected ',' or ']'." : $"Unexpected {Describe(_text[_position])}; expected ',' or ']'.", 1);
                node.End = _position;
                return node;
            }
        }

        private string? ParseString()
        {
            var start = _position;
            _position++;
            _buffer.Clear();
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '"')
                {
                    _position++;
                    return _buffer.ToString();
                }
                if (c == '\\')
                {
                    if (!ParseEscape()) return null;
                    continue;
                }
                if (c < ' ')
                {
                    Fail(c == '\n' || c == '\r' ? "A string may not span lines; write a line break as \\n." : $"Control character {Describe(c)} inside a string; escape it.", 1);
                    return null;
                }
                if (c == '\uFFFD')
                {
                    // What a UTF-8 decoder puts where bytes were not UTF-8: the text here is no longer what was written.
                    Fail("U+FFFD, the replacement character, stands where the file's bytes were not valid UTF-8; save the file as UTF-8 (write \\uFFFD if the character itself is meant).", 1);
                    return null;
                }
                _buffer.Append(c);
                _position++;
            }
            _error = new JsonSyntaxError("The string is never closed.", start, 1);
            return null;
        }

        private bool ParseEscape()
        {
            var start = _position;
            if (_position + 1 >= _text.Length)
            {
                Fail("The file ends inside an escape sequence.", 1);
                return false;
            }
            var e = _text[_position + 1];
            _position += 2;
            switch (e)
            {
                case '"': _buffer.Append('"'); return true;
                case '\\': _buffer.Append('\\'); return true;
                case '/': _buffer.Append('/'); return true;
                case 'b': _buffer.Append('\b'); return true;
                case 'f': _buffer.Append('\f'); return true;
                case 'n': _buffer.Append('\n'); return true;
                case 'r': _buffer.Append('\r'); return true;
                case 't': _buffer.Append('\t'); return true;
                case 'u':
                    if (_position + 4 <= _text.Length
                        && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                        && IsHex(_text, _position, 4))
                    {
                        _buffer.Append((char)code);
                        _position += 4;
                        return true;
                    }
                    _error = new JsonSyntaxError("\\u must be followed by four hexadecimal digits.", start, 2);
                    return false;
                default:
                    _error = new JsonSyntaxError($"Invalid escape sequence \\{e}.", start, 2);
                    return false;
            }
        }

        private static bool IsHex(string text, int start, int length)
        {
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
            }
            return true;
        }

        private JsonNode? ParseNumber()
        {
            var start = _position;
            if (Peek() == '-') _position++;
            if (Peek() == '0')
            {
                _position++;
            }
            else if (!SkipDigits())
            {
                Fail("A number needs digits.", 1);
                return null;
            }
            if (Peek() == '.')
            {
                _position++;
                if (!SkipDigits())
                {
                    Fail("A number needs digits after the decimal point.", 1);
                    return null;
                }
            }
            if (Peek() == 'e' || Peek() == 'E')
            {
                _position++;
                if (Peek() == '+' || Peek() == '-') _position++;
                if (!SkipDigits())
                {
                    Fail("A number needs digits in its exponent.", 1);
                    return null;
                }
            }
            return new JsonNumber(_text.Substring(start, _position - start), start, _position);
        }

        private bool SkipDigits()
        {
            var start = _position;
            while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9') _position++;
            return _position > start;
        }

        private JsonNode? ParseLiteral(string literal, JsonKind kind)
        {
            var start = _position;
            if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) == 0)
            {
                _position += literal.Length;
                return new JsonLiteral(kind, start, _position);
            }
            var end = _position;
            while (end < _text.Length && char.IsLetterOrDigit(_text[end])) end++;
            _error = new JsonSyntaxError($"Unexpected '{_text.Substring(start, end - start)}'; expected a JSON value (strings need double quotes).", start, end - start);
            return null;
        }

        private void SkipWhiteSpace()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
                _position++;
            }
        }

        private char Peek() => _position < _text.Length ? _text[_position] : '\0';

        private void Fail(string message, int length)
        {
            _error ??= new JsonSyntaxError(message, _position, _position < _text.Length ? length : 0);
        }

        private static string Describe(char c) =>
            c >= ' ' && c < 127 ? "'" + c + "'" : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }
}
