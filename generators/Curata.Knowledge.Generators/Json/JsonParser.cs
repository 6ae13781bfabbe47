using System.Collections.Generic;
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
    /// </summary>
    /// <remarks>
    /// A syntax error costs at most the element it is in. After an error the innermost array or object skips to where its next
    /// element can start (a <c>,</c> at its own depth, a <c>{</c> in an array, its closing bracket, or a line that is indented
    /// less than its contents, which is where an unclosed element ends in a formatted file) and goes on; every container that
    /// held an error is marked <see cref="JsonToken.Damaged"/>, so the reader drops exactly the fact it was in. While skipping,
    /// a string ends at the end of its line (JSON strings cannot span lines), so one stray or missing quote garbles one line,
    /// not the rest of the file. Each damage site is reported once: after an error, further errors are not reported until an
    /// element or property has been read cleanly again. Every character is visited a bounded number of times, so parsing stays
    /// linear, and it never throws (except when cancelled).
    /// </remarks>
    internal sealed class JsonParser
    {
        /// <summary>Deeper nesting than any knowledge file needs; the limit keeps recursion bounded on hostile input.</summary>
        public const int MaxDepth = 64;

        private readonly JsonTape _tape;
        private readonly char[] _text;
        private readonly int _length;
        private readonly StringBuilder _buffer = new StringBuilder();
        private readonly StringPool _strings = new StringPool();
        // The members of the containers being parsed (tokens: an object's property names, an array's elements), innermost
        // last: each container moves its own off the top onto the tape when it closes.
        private readonly List<int> _open = new List<int>();
        private readonly List<JsonSyntaxError> _errors = new List<JsonSyntaxError>();
        private int _position;

        // Every syntax error seen, reported or not: a container that saw the count change while it was read is damaged.
        private int _failures;

        // True from an error until an element or property is read cleanly again: errors meanwhile are the same damage.
        private bool _recovering;

        // Where the current line starts, the offset of its first token and that token's indentation (in characters): a
        // container remembers how far its contents are indented, and a line indented less ends it when it was left unclosed.
        private int _lineStart;
        private int _lineIndent;
        private int _lineFirst = -1;
        private bool _lineFresh = true;

        private readonly System.Threading.CancellationToken _cancellationToken;
        private int _values;

        private JsonParser(JsonTape tape, System.Threading.CancellationToken cancellationToken)
        {
            _tape = tape;
            _text = tape.Text;
            _length = tape.Length;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Parses a whole file. Returns the root (possibly partial, with damaged parts marked) and the syntax errors, one per
        /// damage site, in file order.
        /// </summary>
        public static (JsonValue Root, IReadOnlyList<JsonSyntaxError> Errors) Parse(JsonTape tape, System.Threading.CancellationToken cancellationToken = default)
        {
            var parser = new JsonParser(tape, cancellationToken);
            var text = tape.Text;
            if (tape.Length > 0 && text[0] == '\uFEFF') parser._position = parser._lineStart = 1;
            parser.SkipWhiteSpace();
            if (parser._position >= tape.Length)
            {
                return (default, new[] { new JsonSyntaxError("The file is empty; a knowledge file is one JSON object.", 0, 0) });
            }
            var root = parser.ParseValue(0);
            parser.SkipWhiteSpace();
            if (parser._position < tape.Length) parser.Fail("Unexpected text after the end of the JSON value.", 1);
            return (root < 0 ? default : tape.Value(root), parser._errors);
        }

        /// <summary>Parses <paramref name="text"/> onto a tape of its own (which the caller may dispose).</summary>
        public static (JsonValue Root, IReadOnlyList<JsonSyntaxError> Errors) Parse(string text, System.Threading.CancellationToken cancellationToken = default) =>
            Parse(JsonTape.Of(text), cancellationToken);

        /// <summary>
        /// Parses the one value that starts at <paramref name="start"/>, nested <paramref name="depth"/> levels deep in a file
        /// that is clean up to there, exactly as parsing the whole file would: the same nodes, the same errors. Whether the rest
        /// of the file is read the same is the caller's to decide: it is when the value ends where the value it replaced did.
        /// </summary>
        public static (JsonValue Value, IReadOnlyList<JsonSyntaxError> Errors) ParseValueAt(string text, int start, int depth,
            System.Threading.CancellationToken cancellationToken = default) =>
            ParseValueAt(JsonTape.Of(text), start, depth, cancellationToken);

        /// <inheritdoc cref="ParseValueAt(string, int, int, System.Threading.CancellationToken)"/>
        public static (JsonValue Value, IReadOnlyList<JsonSyntaxError> Errors) ParseValueAt(JsonTape tape, int start, int depth,
            System.Threading.CancellationToken cancellationToken = default)
        {
            var text = tape.Text;
            var parser = new JsonParser(tape, cancellationToken) { _position = start };
            // The line as the whole file's parse would have left it on reaching the value: where it starts, its first token.
            var lineStart = start;
            while (lineStart > 0 && text[lineStart - 1] != '\n' && text[lineStart - 1] != '\r') lineStart--;
            var first = lineStart;
            while (first < start && (text[first] == ' ' || text[first] == '\t')) first++;
            parser._lineStart = lineStart;
            parser._lineFirst = first;
            parser._lineIndent = first - lineStart;
            parser._lineFresh = false;
            var value = parser.ParseValue(depth);
            return (value < 0 ? default : tape.Value(value), parser._errors);
        }

        // Each Parse* below adds its value to the tape and returns its token, or -1 (having added nothing) when there is no value.
        private int ParseValue(int depth)
        {
            // A cheap check every few thousand values keeps a large file cancellable.
            if ((++_values & 0xFFF) == 0) _cancellationToken.ThrowIfCancellationRequested();
            if (_position >= _length)
            {
                Fail("The file ends where a value was expected.", 0);
                return -1;
            }
            var c = _text[_position];
            switch (c)
            {
                case '{': return ParseObject(depth);
                case '[': return ParseArray(depth);
                case '"':
                    var start = _position;
                    var value = ParseString();
                    return value == null ? -1 : _tape.Add(JsonKind.String, start, _position, value);
                case 't': return ParseLiteral("true", JsonKind.True);
                case 'f': return ParseLiteral("false", JsonKind.False);
                case 'n': return ParseLiteral("null", JsonKind.Null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber();
                    Fail($"Unexpected character {Describe(c)}; expected a JSON value.", 1);
                    return -1;
            }
        }

        /// <summary>What a container does after skipping past an error.</summary>
        private enum Resumption
        {
            /// <summary>Read its next element or property.</summary>
            Next,

            /// <summary>Its closing bracket was found and consumed.</summary>
            Closed,

            /// <summary>It was never closed: what follows belongs to an enclosing container (or the file ended).</summary>
            Left,
        }

        private int ParseObject(int depth)
        {
            if (depth >= MaxDepth) return TooDeep();
            var node = _tape.Add(JsonKind.Object, _position, _position);
            var failuresAtStart = _failures;
            var firstProperty = _open.Count;
            _position++;
            SkipWhiteSpace();
            if (Peek() == '}')
            {
                _position++;
                _tape.Close(node, _position, false, _open, firstProperty);
                return node;
            }
            var contentIndent = ContentIndent();
            while (true)
            {
                SkipWhiteSpace();
                var resumption = ParseProperty(depth);
                if (resumption == Resumption.Next) continue;
                break;
            }
            _tape.Close(node, _position, _failures != failuresAtStart, _open, firstProperty);
            return node;

            Resumption ParseProperty(int level)
            {
                var failuresBefore = _failures;
                if (Peek() != '"')
                {
                    Fail(_position >= _length ? "The file ends inside an object; expected a property name." : $"Unexpected {Describe(_text[_position])}; expected a property name in double quotes.", 1);
                    return Recover('}', level == 0, contentIndent);
                }
                var nameStart = _position;
                var name = ParseString();
                if (name == null) return Recover('}', level == 0, contentIndent);
                var nameEnd = _position;
                SkipWhiteSpace();
                if (Peek() != ':')
                {
                    Fail(_position >= _length ? "The file ends after a property name; expected ':'." : $"Unexpected {Describe(_text[_position])}; expected ':' after the property name.", 1);
                    return Recover('}', level == 0, contentIndent);
                }
                _position++;
                SkipWhiteSpace();
                // The name's token comes just before its value's.
                var nameToken = _tape.Add(JsonKind.String, nameStart, nameEnd, name);
                var value = ParseValue(level + 1);
                if (value < 0)
                {
                    _tape.Truncate(nameToken);
                    return Recover('}', level == 0, contentIndent);
                }
                _open.Add(nameToken);
                if (_failures == failuresBefore) _recovering = false;
                SkipWhiteSpace();
                var next = Peek();
                if (next == ',')
                {
                    _position++;
                    return Resumption.Next;
                }
                if (next == '}')
                {
                    _position++;
                    return Resumption.Closed;
                }
                Fail(_position >= _length ? "The file ends inside an object; expected ',' or '}'." : $"Unexpected {Describe(_text[_position])}; expected ',' or '}}'.", 1);
                // A property name where a comma was expected: the comma is missing, and the next property can be read as it is.
                return next == '"' ? Resumption.Next : Recover('}', level == 0, contentIndent);
            }
        }

        private int ParseArray(int depth)
        {
            if (depth >= MaxDepth) return TooDeep();
            var node = _tape.Add(JsonKind.Array, _position, _position);
            var failuresAtStart = _failures;
            var firstItem = _open.Count;
            _position++;
            SkipWhiteSpace();
            if (Peek() == ']')
            {
                _position++;
                _tape.Close(node, _position, false, _open, firstItem);
                return node;
            }
            var contentIndent = ContentIndent();
            var resumption = Resumption.Next;
            while (resumption == Resumption.Next)
            {
                SkipWhiteSpace();
                var failuresBefore = _failures;
                var item = ParseValue(depth + 1);
                if (item < 0)
                {
                    resumption = Recover(']', false, contentIndent);
                    continue;
                }
                _open.Add(item);
                if (_failures == failuresBefore) _recovering = false;
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
                    break;
                }
                Fail(_position >= _length ? "The file ends inside an array; expected ',' or ']'." : $"Unexpected {Describe(_text[_position])}; expected ',' or ']'.", 1);
                // An object where a comma was expected: the comma is missing, and the next element can be read as it is.
                resumption = next == '{' ? Resumption.Next : Recover(']', false, contentIndent);
            }
            _tape.Close(node, _position, _failures != failuresAtStart, _open, firstItem);
            return node;
        }

        // Too deep to read: reported, and skipped whole (without recursion) so the enclosing container goes on after it.
        private int TooDeep()
        {
            Fail($"JSON is nested more than {MaxDepth} levels deep.", 1);
            var depth = 0;
            var inString = false;
            while (_position < _length)
            {
                var c = _text[_position];
                if (inString)
                {
                    if (c == '\\') _position++;
                    else if (c == '"' || c == '\n' || c == '\r') inString = false;
                }
                else if (c == '"') inString = true;
                else if (c == '{' || c == '[') depth++;
                else if ((c == '}' || c == ']') && --depth == 0)
                {
                    _position++;
                    return -1;
                }
                if (c == '\n' || c == '\r') NewLine(_position + 1);
                _position++;
            }
            return -1;
        }

        // How far the contents of the container just opened are indented: the first element's indentation when it starts a
        // line; otherwise (contents on the opening line) anything indented more than the opening line.
        private int ContentIndent() => _position == _lineFirst ? _lineIndent : _lineIndent + 1;

        /// <summary>
        /// Skips past an error inside a container closed by <paramref name="close"/>, counting brackets (strings end at a line
        /// break), to where the container can go on.
        /// </summary>
        private Resumption Recover(char close, bool isRoot, int contentIndent)
        {
            var depth = 0;
            var inString = false;
            var atLineStart = _position == _lineFirst || (_lineFresh && _position >= _lineStart);
            var indent = atLineStart ? _position - _lineStart : 0;
            while (_position < _length)
            {
                if ((_position & 0xFFFF) == 0) _cancellationToken.ThrowIfCancellationRequested();
                var c = _text[_position];
                if (c == '\n' || c == '\r')
                {
                    inString = false;
                    _position++;
                    NewLine(_position);
                    atLineStart = true;
                    indent = 0;
                    continue;
                }
                if (inString)
                {
                    if (c == '"') inString = false;
                    else if (c == '\\' && _position + 1 < _length && _text[_position + 1] != '\n' && _text[_position + 1] != '\r') _position++;
                    _position++;
                    continue;
                }
                if (c == ' ' || c == '\t')
                {
                    if (atLineStart) indent++;
                    _position++;
                    continue;
                }
                if (atLineStart)
                {
                    atLineStart = false;
                    _lineFirst = _position;
                    _lineIndent = indent;
                    _lineFresh = false;
                    // A line indented less than this container's contents, other than its own closing bracket, is past it.
                    if (!isRoot && depth == 0 && indent < contentIndent && c != close) return Resumption.Left;
                }
                switch (c)
                {
                    case '"':
                        inString = true;
                        break;
                    case '{' when depth == 0 && close == ']':
                        return Resumption.Next;
                    case '{':
                    case '[':
                        depth++;
                        break;
                    case '}':
                    case ']':
                        if (depth > 0)
                        {
                            depth--;
                            break;
                        }
                        if (c == close)
                        {
                            _position++;
                            return Resumption.Closed;
                        }
                        // The closing bracket of an enclosing container: this one was never closed. The root has none.
                        if (!isRoot) return Resumption.Left;
                        break;
                    case ',' when depth == 0:
                        _position++;
                        return Resumption.Next;
                }
                _position++;
            }
            Fail("The file ends inside " + (close == '}' ? "an object." : "an array."), 0);
            return Resumption.Left;
        }

        // A string with an error in it (a bad escape, a control character, U+FFFD) is read on to its end, so the quotes that
        // follow keep their meaning; one that reaches a line break or the end of the file was never closed.
        private string? ParseString()
        {
            var start = _position;
            _position++;
            // Most strings hold nothing to unescape or reject: taken straight from the text, and short ones shared.
            var end = _position;
            while (end < _length)
            {
                var c = _text[end];
                if (c == '"')
                {
                    _position = end + 1;
                    return _strings.Get(_text, start + 1, end - start - 1);
                }
                if (c == '\\' || c < ' ' || c == '\uFFFD') break;
                end++;
            }
            _buffer.Clear();
            var valid = true;
            while (_position < _length)
            {
                var c = _text[_position];
                if (c == '"')
                {
                    _position++;
                    return valid ? _buffer.ToString() : null;
                }
                if (c == '\\')
                {
                    valid &= ParseEscape();
                    continue;
                }
                if (c == '\n' || c == '\r')
                {
                    if (valid) Fail("A string may not span lines; write a line break as \\n.", 1);
                    return null;
                }
                if (c < ' ')
                {
                    if (valid) Fail($"Control character {Describe(c)} inside a string; escape it.", 1);
                    valid = false;
                }
                else if (c == '\uFFFD')
                {
                    // What a UTF-8 decoder puts where bytes were not UTF-8: the text here is no longer what was written.
                    if (valid) Fail("U+FFFD, the replacement character, stands where the file's bytes were not valid UTF-8; save the file as UTF-8 (write \\uFFFD if the character itself is meant).", 1);
                    valid = false;
                }
                _buffer.Append(c);
                _position++;
            }
            if (valid) Fail("The string is never closed.", start, 1);
            return null;
        }

        // Consumes one escape sequence; false (reported) when it is not a valid one.
        private bool ParseEscape()
        {
            var start = _position;
            if (_position + 1 >= _length)
            {
                Fail("The file ends inside an escape sequence.", 1);
                _position++;
                return false;
            }
            var e = _text[_position + 1];
            if (e == '\n' || e == '\r')
            {
                _position++;
                Fail("A string may not span lines; write a line break as \\n.", 1);
                return false;
            }
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
                    if (_position + 4 <= _length
                        && int.TryParse(new string(_text, _position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                        && IsHex(_text, _position, 4))
                    {
                        _buffer.Append((char)code);
                        _position += 4;
                        return true;
                    }
                    Fail("\\u must be followed by four hexadecimal digits.", start, 2);
                    return false;
                default:
                    Fail($"Invalid escape sequence \\{e}.", start, 2);
                    return false;
            }
        }

        private static bool IsHex(char[] text, int start, int length)
        {
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
            }
            return true;
        }

        private int ParseNumber()
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
                return -1;
            }
            if (Peek() == '.')
            {
                _position++;
                if (!SkipDigits())
                {
                    Fail("A number needs digits after the decimal point.", 1);
                    return -1;
                }
            }
            if (Peek() == 'e' || Peek() == 'E')
            {
                _position++;
                if (Peek() == '+' || Peek() == '-') _position++;
                if (!SkipDigits())
                {
                    Fail("A number needs digits in its exponent.", 1);
                    return -1;
                }
            }
            // Its text is cut from the tape only when it is read.
            return _tape.Add(JsonKind.Number, start, _position);
        }

        private bool SkipDigits()
        {
            var start = _position;
            while (_position < _length && _text[_position] >= '0' && _text[_position] <= '9') _position++;
            return _position > start;
        }

        private int ParseLiteral(string literal, JsonKind kind)
        {
            var start = _position;
            if (At(literal))
            {
                _position += literal.Length;
                return _tape.Add(kind, start, _position);
            }
            var end = _position;
            while (end < _length && char.IsLetterOrDigit(_text[end])) end++;
            Fail($"Unexpected '{new string(_text, start, end - start)}'; expected a JSON value (strings need double quotes).", start, end - start);
            return -1;
        }

        private bool At(string literal)
        {
            if (_position + literal.Length > _length) return false;
            for (var i = 0; i < literal.Length; i++)
            {
                if (_text[_position + i] != literal[i]) return false;
            }
            return true;
        }

        private void SkipWhiteSpace()
        {
            while (_position < _length)
            {
                var c = _text[_position];
                if (c == '\n' || c == '\r') NewLine(_position + 1);
                else if (c != ' ' && c != '\t') break;
                _position++;
            }
            if (_lineFresh && _position < _length)
            {
                _lineFirst = _position;
                _lineIndent = _position - _lineStart;
                _lineFresh = false;
            }
        }

        private void NewLine(int lineStart)
        {
            _lineStart = lineStart;
            _lineFresh = true;
        }

        private char Peek() => _position < _length ? _text[_position] : '\0';

        private void Fail(string message, int length) => Fail(message, _position, _position < _length ? length : 0);

        // Every error damages what holds it; only the first of a damage site is reported.
        private void Fail(string message, int start, int length)
        {
            _failures++;
            if (_recovering) return;
            _recovering = true;
            _errors.Add(new JsonSyntaxError(message, start, length));
        }

        private static string Describe(char c) =>
            c >= ' ' && c < 127 ? "'" + c + "'" : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }
}
