using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Tests.Support;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// <see cref="JsonParser.ParseValueAt"/> parses one value of a file that is clean up to it exactly as parsing the whole file
/// does: the same span, the same damage, the same errors, whatever recovery the damage calls for (the line and indentation
/// it recovers by included). An editor's answer for a broken fact stands on this.
/// </summary>
public sealed class ValueParsedAloneTests
{
    [Theory]
    [InlineData("seed")]
    [InlineData("conflict-events")]
    [InlineData("apollo-13")]
    public void Every_fact_up_to_the_first_damaged_one_parses_alone_as_in_the_whole_file(string name)
    {
        var random = new Random(20261126);
        var damaged = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryPaths.Knowledge, name), "*.json"))
        {
            var original = File.ReadAllText(path);
            for (var round = 0; round < 40; round++)
            {
                // One character deleted, or one of the characters JSON is built of inserted, anywhere.
                var at = random.Next(original.Length);
                var text = random.Next(2) == 0 ? original.Remove(at, 1) : original.Insert(at, "{}[]\",: \n"[random.Next(9)].ToString());
                var (root, errors) = JsonParser.Parse(text);
                if (!root.Exists || root.Kind != JsonKind.Object) continue;
                var elements = root.Properties.Select(p => p.Value).Where(v => v.Kind == JsonKind.Array).SelectMany(a => a.Items).OrderBy(e => e.Start);
                foreach (var element in elements)
                {
                    // The file is clean up to here: no error before this element (or at its start: a value that failed there and
                    // was dropped, the array going on after it).
                    if (errors.Any(e => e.Start <= element.Start)) break;
                    var (alone, aloneErrors) = JsonParser.ParseValueAt(text, element.Start, depth: 2);
                    Assert.True(alone.Exists);
                    Assert.Equal(Shape(element), Shape(alone));
                    var within = errors.Where(e => e.Start >= element.Start && e.Start < element.End).Select(e => (e.Start, e.Length, e.Message));
                    Assert.Equal(within, aloneErrors.Where(e => e.Start < element.End).Select(e => (e.Start, e.Length, e.Message)));
                    if (element.Damaged) damaged++;
                }
            }
        }
        Assert.True(damaged > 20, $"only {damaged} damaged facts compared in {name}");
    }

    // Every value within, in the order written: kind, span, damage, and what a string or number holds.
    private static IEnumerable<string> Shape(JsonValue value)
    {
        yield return $"{value.Kind} {value.Start}-{value.End} {value.Damaged} {value.String ?? value.NumberText}";
        foreach (var property in value.Properties)
        {
            yield return $"{property.Name} {property.NameStart}-{property.NameEnd}";
            foreach (var inner in Shape(property.Value)) yield return inner;
        }
        foreach (var item in value.Items)
        {
            foreach (var inner in Shape(item)) yield return inner;
        }
    }
}
