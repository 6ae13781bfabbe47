using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Emit;

namespace Curata.Knowledge.Generators.Tests;

// A write after an edit keeps the last write's string numbers and notes what changed (StringNumbers); edit after edit, the
// notes pile up and are folded into numbers of their own. Whatever the edits, each string must be found at the number the
// latest write gave it, and a string no write holds any more must not be found.
public class StringNumbersTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void After_edit_upon_edit_every_string_has_its_latest_number(int seed)
    {
        var random = new Random(seed);
        var was = Enumerable.Range(0, 400).Select(i => (string?)$"text {i}").ToArray();
        var numbers = StringNumbers.Of(was.Select((s, i) => (s!, i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal));
        var everSeen = new HashSet<string>(was!, StringComparer.Ordinal);
        var fresh = 0;
        // Sixty edits of up to forty strings each: the notes outgrow a quarter of the numbers they lie over, more than once.
        for (var edit = 0; edit < 60; edit++)
        {
            var now = (string?[])was.Clone();
            Array.Resize(ref now, was.Length + random.Next(0, 3));
            for (var change = random.Next(1, 40); change > 0; change--)
            {
                var number = random.Next(now.Length);
                switch (random.Next(3))
                {
                    case 0: // a string the last write did not have
                        now[number] = $"new text {fresh++}";
                        break;
                    case 1: // a string of the last write, moved to another number (the very instance, as a write keeps it)
                        var from = random.Next(now.Length);
                        (now[number], now[from]) = (now[from], now[number]);
                        break;
                    default: // no string at that number any more
                        now[number] = null;
                        break;
                }
            }
            numbers = numbers.After(was, now);
            foreach (var text in now.OfType<string>()) everSeen.Add(text);

            var expected = now.Select((s, i) => (s, i)).Where(p => p.s != null).ToDictionary(p => p.s!, p => p.i, StringComparer.Ordinal);
            foreach (var text in everSeen)
            {
                var found = numbers.TryGetValue(text, out var number);
                Assert.True(expected.TryGetValue(text, out var latest) == found, $"After edit {edit}, '{text}' found: {found}");
                if (found) Assert.Equal(latest, number);
            }
            was = now;
        }
    }
}
