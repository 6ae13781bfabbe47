using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// Locations keep offsets and work out lines only when asked: the lines and columns they give must be the compiler's, whatever
/// breaks the lines, from the host's text or from a language server's string.
/// </summary>
public class LocationTests
{
    public static TheoryData<string> Texts() => new()
    {
        "{\n  \"a\": 1,\n  \"b\": [2, 3]\n}\n",
        "{\r\n  \"a\": 1,\r\n\r\n  \"b\": 2\r\n}",
        "{\r  \"a\": 1,\r  \"b\": 2\r}",
        "{\u2028\"a\": 1,\u2029\"b\":\u0085 2}",
        "{\"a\": \"no break at all\"}",
        "",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Lines_and_columns_are_the_compilers_for_every_offset(string content)
    {
        var text = SourceText.From(content);
        foreach (var lines in new[] { TextLines.Of(text), TextLines.Of(content) })
        {
            for (var start = 0; start <= content.Length; start++)
            {
                var length = System.Math.Min(3, content.Length - start);
                var expected = text.Lines.GetLinePositionSpan(new TextSpan(start, length));
                var location = new LocationInfo("/k/a.json", start, length, lines);
                Assert.Equal((expected.Start.Line, expected.Start.Character, expected.End.Line, expected.End.Character),
                    (location.StartLine, location.StartColumn, location.EndLine, location.EndColumn));
                Assert.Equal(expected, location.ToLocation().GetLineSpan().Span);
                Assert.Equal($"/k/a.json({expected.Start.Line + 1},{expected.Start.Character + 1})", location.ToString());
            }
        }
    }

    [Fact]
    public void A_span_past_the_end_of_its_text_is_cut_to_the_text()
    {
        var lines = TextLines.Of("{}\n");
        var location = new LocationInfo("/k/a.json", 2, 10, lines);
        Assert.Equal((2, 1), (location.Start, location.Length));
        Assert.Equal((0, 2, 1, 0), (location.StartLine, location.StartColumn, location.EndLine, location.EndColumn));
        Assert.Equal((3, 0), (new LocationInfo("/k/a.json", 7, 1, lines).Start, new LocationInfo("/k/a.json", 7, 1, lines).Length));
    }

    [Fact]
    public void Locations_are_equal_by_path_and_span_whatever_text_they_were_read_from()
    {
        var before = new LocationInfo("/k/a.json", 4, 2, TextLines.Of("{ \"x\": 1 }"));
        var after = new LocationInfo("/k/a.json", 4, 2, TextLines.Of("{\n\"x\": 1 }"));
        Assert.Equal(before, after);
        Assert.Equal(before.GetHashCode(), after.GetHashCode());
        Assert.NotEqual(before, new LocationInfo("/k/b.json", 4, 2, null));
        Assert.NotEqual(before, new LocationInfo("/k/a.json", 4, 3, null));
    }
}
