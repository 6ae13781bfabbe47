using System;
using System.Linq;
using Curata.Knowledge;
using Curata.Knowledge.Storage;
using Xunit;

namespace Curata.Knowledge.Tests;

// Generated code keeps the packed fact table in base64 pieces, one attribute per class, in the order it names them; a piece is
// decoded when a read first reaches it.
public class FactTableChunkTests
{
    // Pieces of 3 bytes: "AAEC" is 00 01 02, "AwQF" is 03 04 05, "BgcI" is 06 07 08; the last piece may be shorter: "CQ==" is 09.
    [FactTableChunk("AAEC")] private static class First { }
    [FactTableChunk("AwQF")] private static class Second { }
    [FactTableChunk("BgcI")] private static class Third { }
    [FactTableChunk("CQ==")] private static class Last { }
    [FactTableChunk("not base64!")] private static class NotBase64 { }
    [FactTableChunk("AAE=")] private static class TwoBytes { }
    private static class Missing { }

    private static PackedBytes Open(int length, params Type[] pieces) => FactTableChunkAttribute.Open(length, pieces).Bytes;

    [Fact]
    public void Every_range_reads_the_bytes_of_the_pieces_joined_in_the_order_given()
    {
        var packed = Open(10, typeof(First), typeof(Second), typeof(Third), typeof(Last));
        var joined = Enumerable.Range(0, 10).Select(i => (byte)i).ToArray();

        for (var start = 0; start <= 10; start++)
        {
            for (var count = 0; start + count <= 10; count++)
            {
                Assert.Equal(joined.Skip(start).Take(count).ToArray(), packed.Read(start, count).ToArray());
            }
        }
        Assert.Equal(0x03020100, packed.ReadInt32(0));
        Assert.Equal(0x05040302, packed.ReadInt32(2)); // across two pieces
        Assert.Equal(new byte[] { 3, 4, 5, 0, 1, 2 }, Open(6, typeof(Second), typeof(First)).Read(0, 6).ToArray());
    }

    [Fact]
    public void A_piece_is_read_only_when_a_read_reaches_it()
    {
        // The second piece is damaged: opening and reading the first piece work, reaching the second fails.
        var packed = Open(9, typeof(First), typeof(NotBase64), typeof(Third));

        Assert.Equal(new byte[] { 0, 1, 2 }, packed.Read(0, 3).ToArray());
        Assert.Equal(new byte[] { 6, 7, 8 }, packed.Read(6, 3).ToArray());
        Assert.Contains("not base64", Assert.Throws<InvalidOperationException>(() => packed.Read(2, 2)).Message);
    }

    [Theory]
    [InlineData(9)]  // the pieces hold one byte more than the length
    [InlineData(11)] // one byte less
    [InlineData(13)] // a whole piece less
    public void Pieces_that_do_not_make_the_length_are_refused(int length)
    {
        var error = Record.Exception(() => Open(length, typeof(First), typeof(Second), typeof(Third), typeof(Last)).Read(0, length));

        Assert.Contains("damaged", Assert.IsType<InvalidOperationException>(error).Message);
    }

    [Fact]
    public void A_missing_damaged_or_short_piece_and_a_read_past_the_end_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Open(3, typeof(Missing)));
        Assert.Throws<InvalidOperationException>(() => Open(8, typeof(NotBase64)));
        Assert.Throws<InvalidOperationException>(() => Open(6, typeof(First), typeof(TwoBytes)).Read(3, 3));
        Assert.Throws<InvalidOperationException>(() => Open(3).Read(0, 1));
        Assert.Throws<InvalidOperationException>(() => Open(6, typeof(First), typeof(Second)).Read(4, 3));
    }
}
