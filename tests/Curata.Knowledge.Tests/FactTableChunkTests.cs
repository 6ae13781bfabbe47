using System;
using Curata.Knowledge;
using Xunit;

namespace Curata.Knowledge.Tests;

// Generated code keeps the packed fact table in pieces, one attribute per class, and joins them in the order it names.
public class FactTableChunkTests
{
    // "AAEC" is 00 01 02, "AwQF" is 03 04 05, "Bg==" is 06.
    [FactTableChunk("AAEC")] private static class First { }
    [FactTableChunk("AwQF")] private static class Second { }
    [FactTableChunk("Bg==")] private static class Last { }
    [FactTableChunk("not base64!")] private static class Damaged { }
    private static class Missing { }

    [Fact]
    public void Pieces_are_joined_in_the_order_given()
    {
        Assert.Equal(new byte[] { 0, 1, 2, 3, 4, 5, 6 }, FactTableChunkAttribute.Join(7, typeof(First), typeof(Second), typeof(Last)));
        Assert.Equal(new byte[] { 3, 4, 5, 0, 1, 2 }, FactTableChunkAttribute.Join(6, typeof(Second), typeof(First)));
    }

    [Theory]
    [InlineData(6)] // the pieces hold more than the length
    [InlineData(8)] // the pieces hold less
    public void Pieces_that_do_not_fill_the_length_exactly_are_refused(int length)
    {
        var error = Assert.Throws<InvalidOperationException>(() => FactTableChunkAttribute.Join(length, typeof(First), typeof(Second), typeof(Last)));
        Assert.Contains("damaged", error.Message);
    }

    [Fact]
    public void A_missing_or_damaged_piece_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => FactTableChunkAttribute.Join(3, typeof(Missing)));
        Assert.Throws<InvalidOperationException>(() => FactTableChunkAttribute.Join(8, typeof(Damaged)));
    }
}
