using System;
using System.Linq;
using Curata.Knowledge;
using Curata.Knowledge.Storage;
using Xunit;

namespace Curata.Knowledge.Tests;

// Generated code keeps the packed fact table in pieces of text, 15 bits per character, one attribute per class, in the order it
// names them; a piece is decoded when a read first reaches it.
public class FactTableChunkTests
{
    // Pieces of 3 bytes, each two characters (24 bits of 30): 00 01 02, then 03 04 05, then 06 07 08; the last piece may be
    // shorter: 09, one character.
    [FactTableChunk("\u4F00\u4E04")] private static class First { }
    [FactTableChunk("\u5203\u4E0A")] private static class Second { }
    [FactTableChunk("\u5506\u4E10")] private static class Third { }
    [FactTableChunk("\u4E09")] private static class Last { }
    [FactTableChunk("AAEC")] private static class NotItsText { }
    private static class Missing { }

    private static PackedBytes Open(int length, params Type[] pieces) => FactTableChunkAttribute.Open(length, 3, pieces).Bytes;

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
        var packed = Open(9, typeof(First), typeof(NotItsText), typeof(Third));

        Assert.Equal(new byte[] { 0, 1, 2 }, packed.Read(0, 3).ToArray());
        Assert.Equal(new byte[] { 6, 7, 8 }, packed.Read(6, 3).ToArray());
        Assert.Contains("does not hold its bytes", Assert.Throws<InvalidOperationException>(() => packed.Read(2, 2)).Message);
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
        Assert.Throws<InvalidOperationException>(() => Open(3, typeof(NotItsText)));
        Assert.Throws<InvalidOperationException>(() => Open(6, typeof(First), typeof(Last)).Read(3, 3)); // one byte where three belong
        Assert.Throws<InvalidOperationException>(() => Open(3).Read(0, 1));
        Assert.Throws<InvalidOperationException>(() => Open(6, typeof(First), typeof(Second)).Read(4, 3));
        Assert.Throws<InvalidOperationException>(() => FactTableChunkAttribute.Open(6, 0, typeof(First), typeof(Second)));
    }

    [Fact]
    public void Code_from_an_earlier_generator_is_told_to_rebuild()
    {
        // Before the piece size was stated, generated code called Open(length, pieces...) with base64 pieces.
        var error = Assert.Throws<InvalidOperationException>(() => FactTableChunkAttribute.Open(3, typeof(First)));

        Assert.Contains("rebuild with matching package versions", error.Message);
    }

    [Fact]
    public void Any_bytes_come_back_from_their_text_and_the_text_is_a_plain_string_literal()
    {
        var random = new Random(14);
        for (var count = 0; count <= 100; count++)
        {
            var bytes = new byte[count + 3];
            random.NextBytes(bytes);
            var chars = new char[FactTableText.CharsFor(count)];
            FactTableText.Encode(bytes, 3, count, chars, 0);
            var text = new string(chars);

            Assert.Equal(bytes.Skip(3).ToArray(), FactTableText.Decode(text, count));
            // No quote, backslash, line break or surrogate: the compiler reads it in a literal, UTF-8 metadata keeps it.
            Assert.All(text, c => Assert.InRange(c, '\u4E00', '\uCDFF'));
        }
        var allOnes = Enumerable.Repeat((byte)0xFF, 15).ToArray();
        var full = new char[FactTableText.CharsFor(15)];
        FactTableText.Encode(allOnes, 0, 15, full, 0);
        Assert.Equal(new string('\uCDFF', 8), new string(full)); // 15 bytes are exactly 8 characters, each at the top of the range
    }

    [Theory]
    [InlineData("\u4F00\u4E04", 3, true)]
    [InlineData("\u4F00\u4E04", 2, false)]  // bits set past the second byte
    [InlineData("\u4F00", 3, false)]        // too short
    [InlineData("\u4F00\u4E04\u4E00", 3, false)] // too long
    [InlineData("\u4DFF\u4E04", 3, false)]  // below the range
    [InlineData("\u4F00\uCE00", 3, false)]  // above it
    public void Text_that_is_not_what_was_written_for_that_many_bytes_is_refused(string text, int bytes, bool holds)
    {
        Assert.Equal(holds, FactTableText.Decode(text, bytes) != null);
    }
}
