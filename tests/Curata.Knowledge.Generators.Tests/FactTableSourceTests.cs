using System;
using System.Linq;
using System.Text;
using System.Threading;
using Curata.Knowledge.Generators.Emit;
using Curata.Knowledge.Generators.Model;
using Xunit;

namespace Curata.Knowledge.Generators.Tests;

// The fact table's file is read by the compiler from an outline and the packed bytes, each piece encoded as it is reached; the
// text must be exactly the outline with each mark replaced by its piece, however the compiler reads it.
public class FactTableSourceTests
{
    [Theory]
    [InlineData(100, 30)]          // a short file: the compiler's text reads it whole
    [InlineData(200_000, 49_152)]  // a long one: read in blocks, into a text of many pieces
    public void The_text_is_the_outline_with_each_mark_replaced_by_its_piece(int length, int pieceBytes)
    {
        var packed = new byte[length];
        new Random(length).NextBytes(packed);
        var pieces = FactTableSource.PieceCount(packed, pieceBytes);
        var outline = string.Concat(Enumerable.Range(0, pieces).Select(i => $"[piece {i}: \"{FactTableSource.Piece}\"]\n")) + "end\n";

        var text = FactTableSource.Text(outline, packed, pieceBytes, CancellationToken.None);

        var expected = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            var bytes = Math.Min(pieceBytes, length - i * pieceBytes);
            var chars = new char[FactTableText.CharsFor(bytes)];
            FactTableText.Encode(packed, i * pieceBytes, bytes, chars, 0);
            expected.Append($"[piece {i}: \"").Append(chars).Append("\"]\n");
            // Each piece decodes back to its bytes.
            Assert.Equal(packed.Skip(i * pieceBytes).Take(bytes).ToArray(), FactTableText.Decode(new string(chars), bytes));
        }
        expected.Append("end\n");
        Assert.Equal(expected.ToString(), text.ToString());
        Assert.Equal(Encoding.UTF8, text.Encoding);
    }

    [Fact]
    public void A_cancelled_run_stops_before_the_next_piece()
    {
        var packed = new byte[10];
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => FactTableSource.Text("\0", packed, 10, cancelled.Token));
    }
}
