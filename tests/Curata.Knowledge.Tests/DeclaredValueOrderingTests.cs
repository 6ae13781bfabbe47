using System.Linq;

namespace Curata.Knowledge.Tests;

/// <summary>The value types of declared properties sort, group and compare without throwing, as the other value types do.</summary>
public class DeclaredValueOrderingTests
{
    [Fact]
    public void Quantities_sort_by_unit_then_amount_and_Min_Max_work()
    {
        Quantity[] masses = [new(12.5m, "kg"), new(3m, "t"), new(0.5m, "kg"), new(12.50m, "kg")];

        Assert.Equal(["0.5 kg", "12.5 kg", "12.50 kg", "3 t"], masses.OrderBy(q => q).Select(q => q.ToString()));
        Assert.Equal(new Quantity(0.5m, "kg"), masses.Min());
        Assert.Equal(new Quantity(3m, "t"), masses.Max());
        Assert.Equal(2, masses.GroupBy(q => q).Count(g => g.Key.Unit == "kg"));
        Assert.Equal(0, new Quantity(12.5m, "kg").CompareTo(new Quantity(12.50m, "kg")));
    }

    [Fact]
    public void Points_sort_south_to_north_then_west_to_east()
    {
        GeoPoint[] points = [new(10, 5), new(-3, 40), new(10, -20, 0.1), new(10, -20)];

        Assert.Equal([(-3.0, 40.0), (10.0, -20.0), (10.0, -20.0), (10.0, 5.0)], points.OrderBy(p => p).Select(p => (p.Latitude, p.Longitude)));
        Assert.Null(points.OrderBy(p => p).ElementAt(1).Precision);
        Assert.Equal(new GeoPoint(-3, 40), points.Min());
        Assert.True(((System.IComparable)new GeoPoint(1, 1)).CompareTo(null) > 0);
    }
}
