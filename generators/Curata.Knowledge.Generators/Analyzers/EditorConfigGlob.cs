using System;
using System.Collections.Generic;
using System.Text;

namespace Curata.Knowledge.Generators.Analyzers
{
    /// <summary>
    /// An EditorConfig section glob, compiled to a nondeterministic automaton and matched by simulating the set of states it
    /// can be in: time O(pattern × path), never backtracking, whatever the glob (a regular expression built from
    /// <c>*a*a*a…b</c> backtracks exponentially). Nothing here recurses or throws, so any section header is safe.
    /// </summary>
    /// <remarks>
    /// Supported, as the compiler supports them: <c>*</c> (any characters but <c>/</c>), <c>**</c> (any characters),
    /// <c>?</c> (one character but <c>/</c>), <c>[abc]</c>, <c>[a-z]</c>, <c>[!abc]</c> (one character but <c>/</c>),
    /// <c>{a,b}</c> (nestable alternatives), <c>{n..m}</c> (an integer from n to m, as in <c>file{1..3}.json</c>), and
    /// <c>\x</c> for a literal x. A construct that is never closed (<c>[abc</c>, <c>{a,b</c>) is taken literally, as are a
    /// <c>}</c> or <c>,</c> outside braces.
    /// </remarks>
    internal sealed class EditorConfigGlob
    {
        // A number matched by {n..m} is at most this long: it bounds the work per position (ints have at most 11 characters).
        private const int MaxNumberLength = 24;

        private readonly List<State> _states = new List<State>();
        private readonly int _start;

        private EditorConfigGlob(string glob)
        {
            HasSlash = glob.IndexOf('/') >= 0;
            _start = Add(new State(StateKind.Epsilon));
            var end = Build(Tokenise(glob), _start);
            _states[end].Next.Add(Add(new State(StateKind.Match)));
        }

        /// <summary>Whether the glob has a <c>/</c> outside a character class, so that it matches paths rather than names.</summary>
        public bool HasSlash { get; }

        public static EditorConfigGlob Compile(string glob) => new EditorConfigGlob(glob);

        public bool IsMatch(string path)
        {
            // pending[i]: states entered before reading path[i] (closed over epsilon moves when position i is reached).
            var pending = new List<int>?[path.Length + 1];
            pending[0] = new List<int> { _start };
            var seen = new int[_states.Count];
            var stack = new Stack<int>();
            for (var position = 0; position <= path.Length; position++)
            {
                var entered = pending[position];
                if (entered == null) continue;
                pending[position] = null;
                var stamp = position + 1;
                foreach (var s in entered)
                {
                    if (seen[s] == stamp) continue;
                    seen[s] = stamp;
                    stack.Push(s);
                }
                while (stack.Count > 0)
                {
                    var state = _states[stack.Pop()];
                    switch (state.Kind)
                    {
                        case StateKind.Match:
                            if (position == path.Length) return true;
                            break;
                        case StateKind.Epsilon:
                            foreach (var next in state.Next)
                            {
                                if (seen[next] == stamp) continue;
                                seen[next] = stamp;
                                stack.Push(next);
                            }
                            break;
                        case StateKind.Number:
                            foreach (var end in NumberEnds(path, position, state.Low, state.High))
                                (pending[end] ??= new List<int>()).Add(state.Next[0]);
                            break;
                        default:
                            if (position < path.Length && state.Matches(path[position]))
                                (pending[position + 1] ??= new List<int>()).Add(state.Next[0]);
                            break;
                    }
                }
            }
            return false;
        }

        // The ends of the integers from low to high written at path[start..]: an optional '-' and digits.
        private static IEnumerable<int> NumberEnds(string path, int start, long low, long high)
        {
            var i = start;
            var negative = i < path.Length && path[i] == '-';
            if (negative) i++;
            long value = 0;
            for (var digits = 0; i < path.Length && path[i] >= '0' && path[i] <= '9' && digits < MaxNumberLength; i++, digits++)
            {
                if (value < 1_000_000_000_000L) value = value * 10 + (path[i] - '0');
                var signed = negative ? -value : value;
                if (signed >= low && signed <= high) yield return i + 1;
            }
        }

        private int Add(State state)
        {
            _states.Add(state);
            return _states.Count - 1;
        }

        // Thompson's construction over the tokens, with an explicit stack for braces: no recursion, however deep the nesting.
        private int Build(List<Token> tokens, int current)
        {
            var groups = new Stack<(int Start, int End)>();
            foreach (var token in tokens)
            {
                switch (token.Kind)
                {
                    case TokenKind.Open:
                        var group = (Start: current, End: Add(new State(StateKind.Epsilon)));
                        groups.Push(group);
                        current = Branch(group.Start);
                        break;
                    case TokenKind.Comma:
                        _states[current].Next.Add(groups.Peek().End);
                        current = Branch(groups.Peek().Start);
                        break;
                    case TokenKind.Close:
                        var closed = groups.Pop();
                        _states[current].Next.Add(closed.End);
                        current = closed.End;
                        break;
                    case TokenKind.Star:
                    case TokenKind.DoubleStar:
                        var loop = Add(new State(StateKind.Epsilon));
                        _states[current].Next.Add(loop);
                        var any = Add(new State(token.Kind == TokenKind.Star ? StateKind.AnyButSlash : StateKind.Any));
                        _states[loop].Next.Add(any);
                        _states[any].Next.Add(loop);
                        current = Add(new State(StateKind.Epsilon));
                        _states[loop].Next.Add(current);
                        break;
                    default:
                        var consuming = Add(token.State!);
                        _states[current].Next.Add(consuming);
                        current = Add(new State(StateKind.Epsilon));
                        _states[consuming].Next.Add(current);
                        break;
                }
            }
            return current;
        }

        private int Branch(int from)
        {
            var branch = Add(new State(StateKind.Epsilon));
            _states[from].Next.Add(branch);
            return branch;
        }

        // Tokens, then braces paired with a stack: an unpaired '{' or '}', and a ',' outside paired braces, are literal.
        private static List<Token> Tokenise(string glob)
        {
            var tokens = new List<Token>();
            for (var i = 0; i < glob.Length; i++)
            {
                var c = glob[i];
                switch (c)
                {
                    case '\\' when i + 1 < glob.Length:
                        tokens.Add(Token.Of(glob[++i]));
                        break;
                    case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                        tokens.Add(new Token(TokenKind.DoubleStar));
                        i++;
                        break;
                    case '*':
                        tokens.Add(new Token(TokenKind.Star));
                        break;
                    case '?':
                        tokens.Add(new Token(TokenKind.Single, new State(StateKind.AnyButSlash)));
                        break;
                    case '[':
                        var (set, next) = CharacterClass(glob, i);
                        if (set == null) goto default;
                        tokens.Add(new Token(TokenKind.Single, set));
                        i = next;
                        break;
                    case '{':
                        var range = NumberRange(glob, i);
                        if (range != null)
                        {
                            tokens.Add(new Token(TokenKind.Single, range.Value.State));
                            i = range.Value.Close;
                        }
                        else
                        {
                            tokens.Add(new Token(TokenKind.Open) { Text = c });
                        }
                        break;
                    case '}':
                        tokens.Add(new Token(TokenKind.Close) { Text = c });
                        break;
                    case ',':
                        tokens.Add(new Token(TokenKind.Comma) { Text = c });
                        break;
                    default:
                        tokens.Add(Token.Of(c));
                        break;
                }
            }

            var open = new Stack<int>();
            var paired = new bool[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind == TokenKind.Open) open.Push(i);
                else if (tokens[i].Kind == TokenKind.Close && open.Count > 0) paired[open.Pop()] = paired[i] = true;
            }
            var depth = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Kind is TokenKind.Open or TokenKind.Close && !paired[i]) tokens[i] = Token.Of(token.Text);
                else if (token.Kind == TokenKind.Open) depth++;
                else if (token.Kind == TokenKind.Close) depth--;
                else if (token.Kind == TokenKind.Comma && depth == 0) tokens[i] = Token.Of(',');
            }
            return tokens;
        }

        // [abc], [a-z], [!abc], with \x for a literal x; a ']' first in the class is literal. Null when never closed.
        private static (State? Set, int Close) CharacterClass(string glob, int open)
        {
            var i = open + 1;
            var negated = i < glob.Length && glob[i] == '!';
            if (negated) i++;
            var singles = new StringBuilder();
            var ranges = new List<(char From, char To)>();
            var first = true;
            for (; i < glob.Length; i++, first = false)
            {
                var c = glob[i];
                if (c == ']' && !first) return (new State(StateKind.Class) { Negated = negated, Singles = singles.ToString(), Ranges = ranges }, i);
                if (c == '\\' && i + 1 < glob.Length) c = glob[++i];
                if (i + 2 < glob.Length && glob[i + 1] == '-' && glob[i + 2] != ']')
                {
                    var to = glob[i + 2];
                    var skip = 2;
                    if (to == '\\' && i + 3 < glob.Length)
                    {
                        to = glob[i + 3];
                        skip = 3;
                    }
                    ranges.Add(c <= to ? (c, to) : (to, c));
                    i += skip;
                }
                else
                {
                    singles.Append(c);
                }
            }
            return (null, open);
        }

        // {n..m} with optional '-' signs: an integer in the range (either order). Null when the braces hold anything else.
        private static (State State, int Close)? NumberRange(string glob, int open)
        {
            var close = glob.IndexOf('}', open + 1);
            if (close < 0) return null;
            var inner = glob.Substring(open + 1, close - open - 1);
            var dots = inner.IndexOf("..", StringComparison.Ordinal);
            if (dots < 0) return null;
            if (!Integer(inner.Substring(0, dots), out var low) || !Integer(inner.Substring(dots + 2), out var high)) return null;
            if (low > high) (low, high) = (high, low);
            return (new State(StateKind.Number) { Low = low, High = high }, close);
        }

        private static bool Integer(string text, out long value)
        {
            value = 0;
            var start = text.StartsWith("-", StringComparison.Ordinal) ? 1 : 0;
            if (text.Length == start || text.Length - start > 10) return false;
            for (var i = start; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9') return false;
                value = value * 10 + (text[i] - '0');
            }
            if (start == 1) value = -value;
            return true;
        }

        private enum StateKind { Epsilon, Match, Literal, Any, AnyButSlash, Class, Number }

        private enum TokenKind { Single, Star, DoubleStar, Open, Comma, Close }

        private sealed class Token
        {
            public Token(TokenKind kind, State? state = null)
            {
                Kind = kind;
                State = state;
            }

            public TokenKind Kind { get; }

            public State? State { get; }

            public char Text { get; set; }

            public static Token Of(char c) => new Token(TokenKind.Single, new State(StateKind.Literal) { Char = c }) { Text = c };
        }

        private sealed class State
        {
            public State(StateKind kind) => Kind = kind;

            public StateKind Kind { get; }

            public List<int> Next { get; } = new List<int>();

            public char Char { get; set; }

            public bool Negated { get; set; }

            public string Singles { get; set; } = "";

            public List<(char From, char To)> Ranges { get; set; } = new List<(char, char)>();

            public long Low { get; set; }

            public long High { get; set; }

            public bool Matches(char c)
            {
                switch (Kind)
                {
                    case StateKind.Literal: return c == Char;
                    case StateKind.Any: return true;
                    case StateKind.AnyButSlash: return c != '/';
                    case StateKind.Class:
                        if (c == '/') return false;
                        var inSet = Singles.IndexOf(c) >= 0;
                        for (var i = 0; !inSet && i < Ranges.Count; i++) inSet = c >= Ranges[i].From && c <= Ranges[i].To;
                        return inSet != Negated;
                    default: return false;
                }
            }
        }
    }
}
