using System;

namespace Curata.Knowledge.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2024", DatePrecision.Year, false)]
    [InlineData("2024-02", DatePrecision.Month, false)]
    [InlineData("2024-02-29", DatePrecision.Day, false)]
    [InlineData("~2011", DatePrecision.Year, true)]
    public void Parses_and_prints_each_precision(string text, DatePrecision precision, bool approximate)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(approximate, date.IsApproximate);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13")]
    [InlineData("24-01-01")]
    [InlineData("2024-1-1")]
    [InlineData("")]
    public void Rejects_impossible_or_malformed_dates(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void A_month_is_neither_before_nor_after_a_day_inside_it()
    {
        var february = PartialDate.Parse("2024-02");
        var secondOfFebruary = PartialDate.Parse("2024-02-02");

        Assert.Equal(TemporalOrder.Undetermined, february.CompareCertainly(secondOfFebruary));
        Assert.False(february.IsDefinitelyBefore(secondOfFebruary));
        Assert.False(february.IsDefinitelyAfter(secondOfFebruary));
    }

    [Fact]
    public void Disjoint_periods_are_ordered()
    {
        Assert.Equal(TemporalOrder.Before, PartialDate.Parse("2024-01").CompareCertainly(PartialDate.Parse("2024-02-02")));
        Assert.Equal(TemporalOrder.After, PartialDate.Parse("2024-02-03").CompareCertainly(PartialDate.Parse("2024-02-02")));
        Assert.Equal(TemporalOrder.Same, PartialDate.Parse("2024-02-02").CompareCertainly(PartialDate.Parse("2024-02-02")));
    }

    [Fact]
    public void An_approximate_year_is_widened_by_a_year_each_side()
    {
        var about2011 = PartialDate.Parse("~2011");

        Assert.Equal(new DateTime(2010, 1, 1), about2011.Earliest);
        Assert.Equal(new DateTime(2012, 12, 31), about2011.Latest);
        Assert.Equal(TemporalOrder.Undetermined, about2011.CompareCertainly(PartialDate.Parse("2012-06")));
        Assert.Equal(TemporalOrder.Before, about2011.CompareCertainly(PartialDate.Parse("2013")));
    }

    [Fact]
    public void Calendar_edges_do_not_overflow()
    {
        Assert.Equal(new DateTime(9999, 12, 31), PartialDate.Parse("9999").Latest);
        Assert.Equal(new DateTime(1, 1, 1), PartialDate.Parse("~0001-01").Earliest);
        Assert.Equal(new DateTime(9999, 12, 31), PartialDate.Parse("~9999-12-31").Latest);
    }
}
