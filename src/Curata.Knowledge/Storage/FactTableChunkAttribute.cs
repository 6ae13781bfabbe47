using System;
using System.ComponentModel;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>
    /// Used by generated code: one piece of the packed fact table, 15 bits per character (<see cref="FactTableText"/>), on a
    /// class of its own. A string in an attribute is stored in the assembly's metadata as it is written, so the compiler's
    /// cost is reading the text; a UTF-8 string literal (<c>"..."u8</c>) costs it a node per byte. Each piece sits on its
    /// own class so that a piece is read, and its string made, only when a query first reaches the pages it holds.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class FactTableChunkAttribute : Attribute
    {
        /// <summary>Records one piece of the packed fact table.</summary>
        public FactTableChunkAttribute(string text) => Text = text;

        /// <summary>The piece's bytes, 15 bits per character.</summary>
        public string Text { get; }

        /// <summary>
        /// The packed fact table of <paramref name="length"/> bytes whose pieces are on <paramref name="chunks"/>, in order,
        /// each of <paramref name="pieceSize"/> bytes but the last. Only the first piece is decoded here; the others when a
        /// read first reaches them.
        /// </summary>
        /// <exception cref="InvalidOperationException">A piece is missing, or does not hold its bytes, or the pieces do not make
        /// exactly <paramref name="length"/> bytes: the assembly was altered after it was compiled.</exception>
        public static PackedFactTable Open(int length, int pieceSize, params Type[] chunks) =>
            new PackedFactTable(new PackedBytes(length, pieceSize, chunks ?? throw new ArgumentNullException(nameof(chunks))));

        /// <summary>
        /// What code from an earlier generator calls: its pieces are base64, which this runtime no longer reads. Kept so that
        /// such an assembly says so when first used, instead of failing to find the method.
        /// </summary>
        /// <exception cref="InvalidOperationException">Always: rebuild with matching package versions.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static PackedFactTable Open(int length, params Type[] chunks) => throw new InvalidOperationException(FactTableReader.OtherFormat);
    }

    /// <summary>Used by generated code: a packed fact table, handed to <see cref="KnowledgeGraph"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PackedFactTable
    {
        internal PackedFactTable(PackedBytes bytes) => Bytes = bytes;

        internal PackedBytes Bytes { get; }
    }
}
