using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>
    /// The fact table's file as the compiler gets it: an outline of the code with a <see cref="Piece"/> mark where each piece
    /// of the packed table goes, read as one text with each mark replaced by its piece's characters (<see cref="FactTableText"/>),
    /// encoded as the text is read. So the file is never a builder and a string as well as the compiler's text: at 1,000,000
    /// facts it is about 37 million characters, and the compiler's text keeps it in pieces, off the large object heap.
    /// </summary>
    internal sealed class FactTableSource : TextReader
    {
        /// <summary>Marks, in the outline, where the next piece's characters go. Nothing else in generated code is a NUL.</summary>
        public const char Piece = '\0';

        private readonly string _outline;
        private readonly byte[] _packed;
        private readonly int _pieceBytes;
        private readonly CancellationToken _cancellationToken;
        private readonly char[] _chars;
        private int _outlineAt;
        private int _nextPiece;
        private int _charsAt;
        private int _charsEnd;

        private FactTableSource(string outline, byte[] packed, int pieceBytes, CancellationToken cancellationToken)
        {
            _outline = outline;
            _packed = packed;
            _pieceBytes = pieceBytes;
            _cancellationToken = cancellationToken;
            _chars = new char[FactTableText.CharsFor(pieceBytes)];
        }

        /// <summary>How many pieces <paramref name="packed"/> makes, <paramref name="pieceBytes"/> bytes each but the last.</summary>
        public static int PieceCount(byte[] packed, int pieceBytes) => (packed.Length + pieceBytes - 1) / pieceBytes;

        /// <summary>
        /// The text of <paramref name="outline"/> with its <see cref="Piece"/> marks replaced, in order, by the pieces of
        /// <paramref name="packed"/>; the outline has exactly <see cref="PieceCount"/> marks.
        /// </summary>
        public static SourceText Text(string outline, byte[] packed, int pieceBytes, CancellationToken cancellationToken)
        {
            var pieces = PieceCount(packed, pieceBytes);
            var length = (long)outline.Length - pieces;
            for (var i = 0; i < pieces; i++) length += FactTableText.CharsFor(PieceLength(packed, pieceBytes, i));
            if (length > int.MaxValue) throw new InvalidOperationException("The fact table is too large for one generated file.");
            using var reader = new FactTableSource(outline, packed, pieceBytes, cancellationToken);
            return SourceText.From(reader, (int)length, Encoding.UTF8);
        }

        private static int PieceLength(byte[] packed, int pieceBytes, int piece) => Math.Min(pieceBytes, packed.Length - piece * pieceBytes);

        [MethodImpl(HotPath.Optimized)]
        public override int Read(char[] buffer, int index, int count)
        {
            var read = 0;
            while (read < count)
            {
                if (_charsAt < _charsEnd)
                {
                    var n = Math.Min(count - read, _charsEnd - _charsAt);
                    Array.Copy(_chars, _charsAt, buffer, index + read, n);
                    _charsAt += n;
                    read += n;
                }
                else if (_outlineAt == _outline.Length)
                {
                    break;
                }
                else if (_outline[_outlineAt] == Piece)
                {
                    NextPiece();
                }
                else
                {
                    var mark = _outline.IndexOf(Piece, _outlineAt);
                    var n = Math.Min(count - read, (mark < 0 ? _outline.Length : mark) - _outlineAt);
                    _outline.CopyTo(_outlineAt, buffer, index + read, n);
                    _outlineAt += n;
                    read += n;
                }
            }
            return read;
        }

        public override int Read()
        {
            var next = Peek();
            if (next < 0) return next;
            if (_charsAt < _charsEnd) _charsAt++;
            else _outlineAt++;
            return next;
        }

        // The compiler's text asks before each block whether there is more.
        public override int Peek()
        {
            if (_charsAt < _charsEnd) return _chars[_charsAt];
            if (_outlineAt == _outline.Length) return -1;
            if (_outline[_outlineAt] != Piece) return _outline[_outlineAt];
            NextPiece();
            return _chars[0];
        }

        // Steps over a mark in the outline and encodes the piece that goes there.
        private void NextPiece()
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var bytes = PieceLength(_packed, _pieceBytes, _nextPiece);
            FactTableText.Encode(_packed, _nextPiece * _pieceBytes, bytes, _chars, 0);
            _charsAt = 0;
            _charsEnd = FactTableText.CharsFor(bytes);
            _nextPiece++;
            _outlineAt++;
        }
    }
}
