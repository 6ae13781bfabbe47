using System;

namespace Curata.Knowledge.Tests;

/// <summary>Dates, spans and counts in the words a reader uses, with exactly the precision the data has.</summary>
public class DateWordsTests
{
    [Theory]
    [InlineData("2024", "2024")]
    [InlineData("2024-02", "February 2024")]
    [InlineData("2024-02-07", "7 February 2024")]
    [InlineData("~2014", "around 2014")]
    [InlineData("~2022-03-27", "around 27 March 2022")]
    [InlineData("2022-06-03T14:00Z", "3 June 2022 at 14:00 UTC")]
    [InlineData("2022-02-09T06:40+02:00", "9 February 2022 at 06:40 UTC+2")]
    [InlineData("2022-02-09T06:40:15-05:30", "9 February 2022 at 06:40:15 UTC-5:30")]
    [InlineData("2023-08-05T03:30", "5 August 2023 at 03:30 local time")]
    public void A_date_in_words(string date, string words) => Assert.Equal(words, PartialDate.Parse(date).ToWords());

    [Theory]
    [InlineData("2023-10", null, "from October 2023")]
    [InlineData("2023-10-17", null, "from 17 October 2023")]
    [InlineData("2003", null, "since 2003")]
    [InlineData("~2014", null, "since around 2014")]
    [InlineData(null, "2024-02-07", "until 7 February 2024")]
    [InlineData("2024-01-29", "2024-02-04", "from 29 January to 4 February 2024")]
    [InlineData("2020-11", "2022-09", "from November 2020 to September 2022")]
    [InlineData("~2014", "~2017", "from around 2014 to around 2017")]
    [InlineData("2023-12-30", "2024-01-02", "from 30 December 2023 to 2 January 2024")]
    public void An_interval_in_words(string? from, string? to, string words) =>
        Assert.Equal(words, DateSpan.Between(from == null ? null : PartialDate.Parse(from), to == null ? null : PartialDate.Parse(to)).ToWords());

    [Theory]
    [InlineData(null, "2024-02-07", "by 7 February 2024")]
    [InlineData("2024-02-02", "2024-02-07", "between 2 February and 7 February 2024")]
    [InlineData("2023-10-17", null, "on or after 17 October 2023")]
    public void The_time_of_a_moment_within_an_interval_in_words(string? from, string? to, string words) =>
        Assert.Equal(words, DateSpan.Between(from == null ? null : PartialDate.Parse(from), to == null ? null : PartialDate.Parse(to)).ToMomentWords());

    [Fact]
    public void A_single_date_span_reads_as_its_date() => Assert.Equal("around 2013", DateSpan.On(PartialDate.Parse("~2013")).ToWords());

    [Theory]
    [InlineData(null, 16, null, "16")]
    [InlineData(161, null, null, "at least 161")]
    [InlineData(20000, null, 99999, "between 20,000 and 99,999")]
    [InlineData(12, 14, 19, "about 14, between 12 and 19")]
    [InlineData(null, null, 5, "at most 5")]
    [InlineData(null, null, null, "an unknown number")]
    public void A_count_in_words(int? low, int? best, int? high, string words) => Assert.Equal(words, new EstimatedCount(low, best, high).ToWords());

    [Fact]
    public void Month_names_are_checked() => Assert.Throws<ArgumentOutOfRangeException>(() => DateWords.MonthName(13));
}
