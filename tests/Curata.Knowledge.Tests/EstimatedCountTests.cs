namespace Curata.Knowledge.Tests;

public class EstimatedCountTests
{
    [Theory]
    [InlineData(null, 16, null, "16", true, 16, 16)]
    [InlineData(161, null, null, "at least 161", false, 161, null)]
    [InlineData(20000, null, 99999, "20,000-99,999", false, 20000, 99999)]
    [InlineData(10, 16, 20, "16 (10-20)", false, 10, 20)]
    public void Says_no_more_than_the_source(int? low, int? best, int? high, string text, bool exact, int minimum, int? maximum)
    {
        var count = new EstimatedCount(low, best, high);

        Assert.Equal(text, count.ToString());
        Assert.Equal(exact, count.IsExact);
        Assert.Equal(minimum, count.Minimum);
        Assert.Equal(maximum, count.Maximum);
    }
}
