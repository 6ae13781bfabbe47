using System;
using System.Threading;

namespace Curata.Knowledge.Storage
{
    /// <summary>
    /// The packed fact table as <see cref="PagedBytes"/> reads it, a range at a time. It is kept in pieces of text, one per
    /// class of the generated code (<see cref="FactTableChunkAttribute"/>), each read and decoded the first time a read reaches
    /// it: a query that reads a few pages decodes the pieces that hold them, not the whole table. Every piece but the last
    /// holds the same number of bytes, which the generated code states.
    /// </summary>
    internal sealed class PackedBytes
    {
        private readonly Type[] _holders;
        private readonly byte[]?[] _pieces;
        private readonly int _length;
        private readonly int _pieceSize;

        public PackedBytes(int length, int pieceSize, Type[] holders)
        {
            if (length < 0 || holders.Length == 0) throw Damaged("its fact table has no pieces");
            if (pieceSize <= 0 || (length + (long)pieceSize - 1) / pieceSize != holders.Length)
                throw Damaged("its fact table's pieces do not add up");
            _holders = holders;
            _length = length;
            _pieceSize = pieceSize;
            _pieces = new byte[]?[holders.Length];
            _pieces[0] = Decode(0);
        }

        public int Length => _length;

        /// <summary>The bytes from <paramref name="start"/>: a segment of a piece kept here, or a copy when they cross pieces.</summary>
        public ArraySegment<byte> Read(int start, int count)
        {
            if (start < 0 || count < 0 || start > _length - count) throw Damaged("a read goes past its end");
            if (count == 0) return new ArraySegment<byte>(Piece(0), 0, 0);
            var first = start / _pieceSize;
            var last = (start + count - 1) / _pieceSize;
            if (first == last) return new ArraySegment<byte>(Piece(first), start - first * _pieceSize, count);
            var copy = new byte[count];
            for (var copied = 0; copied < count;)
            {
                var at = start + copied;
                var piece = at / _pieceSize;
                var offset = at - piece * _pieceSize;
                var length = Math.Min(count - copied, _pieceSize - offset);
                Buffer.BlockCopy(Piece(piece), offset, copy, copied, length);
                copied += length;
            }
            return new ArraySegment<byte>(copy);
        }

        public int ReadInt32(int position)
        {
            var bytes = Read(position, 4);
            var data = bytes.Array!;
            var at = bytes.Offset;
            return data[at] | data[at + 1] << 8 | data[at + 2] << 16 | data[at + 3] << 24;
        }

        private int SizeOf(int piece) => piece < _pieces.Length - 1 ? _pieceSize : _length - piece * _pieceSize;

        private byte[] Piece(int index)
        {
            var piece = Volatile.Read(ref _pieces[index]);
            if (piece != null) return piece;
            var decoded = Decode(index);
            return Interlocked.CompareExchange(ref _pieces[index], decoded, null) ?? decoded;
        }

        private byte[] Decode(int index)
        {
            var holder = _holders[index];
            var chunk = holder == null ? null
                : (FactTableChunkAttribute?)Attribute.GetCustomAttribute(holder, typeof(FactTableChunkAttribute), inherit: false);
            if (chunk == null) throw Damaged("a piece of its fact table is missing");
            return FactTableText.Decode(chunk.Text ?? "", SizeOf(index))
                ?? throw Damaged("a piece of its fact table does not hold its bytes");
        }

        private static InvalidOperationException Damaged(string why) =>
            new InvalidOperationException($"The compiled knowledge base is damaged: {why}. Rebuild the project.");
    }
}
