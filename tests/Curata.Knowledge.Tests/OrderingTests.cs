using System;
using System.Collections.Generic;
using System.Linq;

namespace Curata.Knowledge.Tests;

/// <summary>
/// PartialDate, DateSpan and EstimatedCount have a total order that LINQ's OrderBy, Min and Max use (they threw before), that
/// agrees with equality (so GroupBy and sorting see the same values as equal) and with the honest order (a value certainly
/// before another sorts first); the honest comparisons keep their own names.
/// </summary>
public class OrderingTests
{
    private static PartialDate D(string text) => PartialDate.Parse(text);

    // Every precision, exact and approximate, around month and year boundaries and at the ends of the calendar.
    private static readonly PartialDate[] Dates = Enumerable.Range(0, 400).Select(i => RandomDate(new Random(i)))
        .Concat(new[] { "0001", "~0001", "~0002", "0001-01-01", "~0001-01-01", "~0001-01-02", "9999", "~9999", "~9999-12-31", "2024", "~2024", "2024-01", "2024-01-01", "2023-12-31" }.Select(D))
        .ToArray();

    private static PartialDate RandomDate(Random random)
    {
        var year = random.Next(2) == 0 ? random.Next(2022, 2026) : random.Next(1, 10000);
        var precision = random.Next(3);
        int? month = precision >= 1 ? random.Next(1, 13) : null;
        int? day = precision == 2 ? random.Next(1, DateTime.DaysInMonth(year, month!.Value) + 1) : null;
        return new PartialDate(year, month, day, random.Next(3) == 0);
    }

    private static IEnumerable<DateSpan> Spans()
    {
        var random = new Random(7);
        PartialDate? Maybe() => random.Next(4) == 0 ? null : Dates[random.Next(Dates.Length)];
        for (var i = 0; i < 300; i++) yield return random.Next(2) == 0 ? DateSpan.On(Dates[random.Next(Dates.Length)]) : DateSpan.Between(Maybe(), Maybe());
        yield return DateSpan.On(D("2024-02"));
        yield return DateSpan.Between(D("2024-02"), D("2024-02"));
        yield return DateSpan.Between(null, null);
    }

    private static readonly EstimatedCount[] Counts =
    [
        new(null, 16, null), new(16, 16, 16), new(10, 16, 20), new(161, null, null), new(20000, null, 99999), new(null, null, 5),
        new(null, null, null), new(4, null, 6), new(4, 5, null), new(5, null, null), new(null, 5, null), new(null, 5, 9), new(0, null, null),
    ];

    [Fact]
    public void Dates_sort_by_the_day_they_name_coarser_first_and_exact_before_approximate()
    {
        var sorted = new[] { "2024-01-01", "~2024", "2023-12-31", "2024-01", "2024", "2024-02", "~2023-12-31" }.Select(D).OrderBy(d => d);

        Assert.Equal(["2023-12-31", "~2023-12-31", "2024", "~2024", "2024-01", "2024-01-01", "2024-02"], sorted.Select(d => d.ToString()));
        Assert.Equal("2023-12-31", new[] { "2024", "~2024-01", "2023-12-31", "~2023-12-31" }.Select(D).Min().ToString());
        Assert.Equal(D("~9999-12-31"), Dates.Max());
    }

    [Fact]
    public void Spans_sort_with_an_open_start_first_and_an_open_end_last()
    {
        var spans = new[]
        {
            DateSpan.Between(D("2024-02"), null), DateSpan.On(D("2024-02")), DateSpan.Between(D("2024-02"), D("2024-03")),
            DateSpan.Between(null, D("2025")), DateSpan.Between(D("2024-02"), D("2024-02")), DateSpan.On(D("2023")),
        };

        Assert.Equal(["..2025", "2023", "2024-02", "2024-02..2024-02", "2024-02..2024-03", "2024-02.."], spans.OrderBy(s => s).Select(s => s.ToString()));
        Assert.Equal("..2025", spans.Min().ToString());
        Assert.Equal("2024-02..", spans.Max().ToString());
    }

    [Fact]
    public void Optional_dates_and_spans_work_with_Min_Max_and_OrderBy()
    {
        DateSpan?[] dates = [DateSpan.On(D("2024-02-10")), null, DateSpan.Between(D("2024-02-12"), D("2024-02-14")), DateSpan.On(D("~2024"))];

        Assert.Equal("~2024", dates.Min().ToString());
        Assert.Equal("2024-02-12..2024-02-14", dates.Max().ToString());
        Assert.Equal([null, "~2024", "2024-02-10", "2024-02-12..2024-02-14"], dates.OrderBy(d => d).Select(d => d?.ToString()));
    }

    [Fact]
    public void Counts_sort_by_their_most_likely_figure_and_Min_Max_work()
    {
        var sorted = Counts.OrderBy(c => c).Select(c => c.ToString()).ToArray();

        Assert.Equal(["at most 5", "unknown", "at least 0", "4-6", "5 (4-?)", "5", "5 (?-9)", "at least 5", "16 (10-20)", "16", "16", "at least 161", "20,000-99,999"], sorted);
        Assert.Equal("at most 5", Counts.Min()!.ToString());
        Assert.Equal("20,000-99,999", Counts.Max()!.ToString());
    }

    [Fact]
    public void Equal_values_compare_as_zero_and_unequal_ones_do_not()
    {
        AssertConsistent(Dates);
        AssertConsistent(Spans().ToArray());
        AssertConsistent(Counts.Concat(Counts.Select(c => new EstimatedCount(c.Low, c.Best, c.High))).ToArray());
    }

    [Fact]
    public void GroupBy_puts_equal_values_together()
    {
        Assert.Equal(2, new[] { D("2024-02"), D("2024-02"), D("~2024-02") }.GroupBy(d => d).Count());
        Assert.Equal(2, new[] { DateSpan.On(D("2024")), DateSpan.On(D("2024")), DateSpan.Between(D("2024"), D("2024")) }.GroupBy(s => s).Count());
        var groups = new[] { new EstimatedCount(4, null, 6), new EstimatedCount(4, null, 6), new EstimatedCount(null, 5, null) }.GroupBy(c => c).ToArray();
        Assert.Equal([2, 1], groups.Select(g => g.Count()));
    }

    [Fact]
    public void The_total_order_agrees_with_the_honest_one()
    {
        foreach (var a in Dates)
        {
            foreach (var b in Dates)
            {
                var certain = a.CompareCertainly(b);
                if (certain == TemporalOrder.Before) Assert.True(a.CompareTo(b) < 0, $"{a} is certainly before {b}");
                if (certain == TemporalOrder.After) Assert.True(a.CompareTo(b) > 0, $"{a} is certainly after {b}");
            }
        }
        Assert.Equal(TemporalOrder.Undetermined, D("2024-02").CompareCertainly(D("2024-02-02")));
        Assert.True(D("2024-02").CompareTo(D("2024-02-02")) < 0);
    }

    [Fact]
    public void Non_generic_comparison_sorts_null_first_and_rejects_other_types()
    {
        Assert.Equal(1, ((IComparable)D("2024")).CompareTo(null));
        Assert.Equal(0, ((IComparable)D("2024")).CompareTo(D("2024")));
        Assert.Throws<ArgumentException>(() => ((IComparable)D("2024")).CompareTo("2024"));
        Assert.True(((IComparable)DateSpan.On(D("2024"))).CompareTo(DateSpan.On(D("2025"))) < 0);
        Assert.Throws<ArgumentException>(() => ((IComparable)DateSpan.On(D("2024"))).CompareTo(D("2024")));
        Assert.True(((IComparable)new EstimatedCount(null, 1, null)).CompareTo(new EstimatedCount(null, 2, null)) < 0);
        Assert.Equal(1, new EstimatedCount(null, 1, null).CompareTo(null));
        Assert.Throws<ArgumentException>(() => ((IComparable)new EstimatedCount(null, 1, null)).CompareTo(1));

        var untyped = new System.Collections.ArrayList { D("2025"), D("2023"), D("2024") };
        untyped.Sort();
        Assert.Equal(["2023", "2024", "2025"], untyped.Cast<PartialDate>().Select(d => d.ToString()));
    }

    // Reflexive, antisymmetric, transitive (checked through a sort) and 0 exactly for equal values.
    private static void AssertConsistent<T>(T[] values) where T : IComparable<T>, IEquatable<T>
    {
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                var order = a.CompareTo(b);
                Assert.True(order == 0 == a.Equals(b), $"{a} vs {b}: CompareTo {order}, Equals {a.Equals(b)}");
                Assert.Equal(Math.Sign(order), -Math.Sign(b.CompareTo(a)));
                if (order == 0) Assert.Equal(a.GetHashCode(), b.GetHashCode());
            }
        }
        var sorted = values.OrderBy(v => v).ToArray();
        for (var i = 1; i < sorted.Length; i++) Assert.True(sorted[i - 1].CompareTo(sorted[i]) <= 0);
        for (var i = 0; i < sorted.Length; i += 7)
        {
            for (var j = i; j < sorted.Length; j += 11) Assert.True(sorted[i].CompareTo(sorted[j]) <= 0, $"{sorted[i]} then {sorted[j]}");
        }
    }
}
