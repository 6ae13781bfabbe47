namespace Curata.Knowledge.Tests;

public class DateSpanTests
{
    private static PartialDate D(string text) => PartialDate.Parse(text);

    [Fact]
    public void An_open_interval_contains_later_dates_and_not_earlier_ones()
    {
        var sinceOctober = DateSpan.Between(D("2023-10-17"), null);

        Assert.True(sinceOctober.Contains(D("2024-02-02")));
        Assert.False(sinceOctober.Contains(D("2023-10-16")));
        Assert.Null(sinceOctober.Contains(D("2023-10")));
    }

    [Fact]
    public void A_single_coarse_date_does_not_claim_to_contain_a_day()
    {
        var inFebruary = DateSpan.On(D("2024-02"));

        Assert.Null(inFebruary.Contains(D("2024-02-02")));
        Assert.False(inFebruary.Contains(D("2024-03-01")));
        Assert.True(inFebruary.Contains(D("2024-02")));
    }

    [Fact]
    public void Spans_compare_only_when_they_do_not_overlap()
    {
        var lastWeek = DateSpan.Between(D("2024-01-29"), D("2024-02-04"));

        Assert.Equal(TemporalOrder.Before, lastWeek.CompareCertainly(DateSpan.On(D("2024-02-05"))));
        Assert.Equal(TemporalOrder.Undetermined, lastWeek.CompareCertainly(DateSpan.On(D("2024-02-02"))));
        Assert.Equal(TemporalOrder.After, lastWeek.CompareCertainly(DateSpan.On(D("2023-12"))));
        Assert.Equal(TemporalOrder.Undetermined, lastWeek.CompareCertainly(DateSpan.On(D("2024-01"))));
        Assert.Equal("2024-01-29..2024-02-04", lastWeek.ToString());
    }
}
