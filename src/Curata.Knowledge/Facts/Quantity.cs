using System;
using System.Globalization;

namespace Curata.Knowledge
{
    /// <summary>
    /// An amount with its unit, exactly as the knowledge base gives it ("12.5 kg"). Sorting (<see cref="CompareTo(Quantity)"/>)
    /// groups by unit, then orders by amount: units are never converted, so 1 t and 900 kg are not compared by size.
    /// </summary>
    public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, IComparable
    {
        /// <summary>Creates a quantity.</summary>
        public Quantity(decimal amount, string unit)
        {
            Amount = amount;
            Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        }

        /// <summary>The amount.</summary>
        public decimal Amount { get; }

        /// <summary>The unit, as written (no conversion is attempted).</summary>
        public string Unit { get; }

        /// <inheritdoc/>
        public bool Equals(Quantity other) => Amount == other.Amount && Unit == other.Unit;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Amount.GetHashCode() * 31 + (Unit?.GetHashCode() ?? 0);

        /// <summary>For example "12.5 kg".</summary>
        public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Unit;

        /// <summary>A total order for sorting: by unit (ordinal), then by amount; 0 exactly when equal.</summary>
        public int CompareTo(Quantity other)
        {
            var order = string.CompareOrdinal(Unit, other.Unit);
            return order != 0 ? order : Amount.CompareTo(other.Amount);
        }

        /// <summary>The order of <see cref="CompareTo(Quantity)"/>; null sorts first.</summary>
        /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="Quantity"/>.</exception>
        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            Quantity other => CompareTo(other),
            _ => throw new ArgumentException("A Quantity compares only with a Quantity.", nameof(obj)),
        };
    }

    /// <summary>
    /// A point on the Earth in decimal degrees, with how precisely it is known (in degrees), when given. Sorting orders south to
    /// north, then west to east (a fixed order for OrderBy and GroupBy, not a distance).
    /// </summary>
    public readonly struct GeoPoint : IEquatable<GeoPoint>, IComparable<GeoPoint>, IComparable
    {
        /// <summary>Creates a point.</summary>
        public GeoPoint(double latitude, double longitude, double? precision = null)
        {
            Latitude = latitude;
            Longitude = longitude;
            Precision = precision;
        }

        /// <summary>Degrees north (negative: south).</summary>
        public double Latitude { get; }

        /// <summary>Degrees east (negative: west).</summary>
        public double Longitude { get; }

        /// <summary>How far, in degrees, the true position may lie from this one; null when not given.</summary>
        public double? Precision { get; }

        /// <inheritdoc/>
        public bool Equals(GeoPoint other) => Latitude.Equals(other.Latitude) && Longitude.Equals(other.Longitude) && Nullable.Equals(Precision, other.Precision);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is GeoPoint other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Latitude.GetHashCode() * 31 + Longitude.GetHashCode();

        /// <summary>For example "33.3152, 44.3661".</summary>
        public override string ToString() => Latitude.ToString("R", CultureInfo.InvariantCulture) + ", " + Longitude.ToString("R", CultureInfo.InvariantCulture);

        /// <summary>A total order for sorting: by latitude, then longitude, then precision (none first); 0 exactly when equal.</summary>
        public int CompareTo(GeoPoint other)
        {
            var order = Latitude.CompareTo(other.Latitude);
            if (order == 0) order = Longitude.CompareTo(other.Longitude);
            return order != 0 ? order : Nullable.Compare(Precision, other.Precision);
        }

        /// <summary>The order of <see cref="CompareTo(GeoPoint)"/>; null sorts first.</summary>
        /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="GeoPoint"/>.</exception>
        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            GeoPoint other => CompareTo(other),
            _ => throw new ArgumentException("A GeoPoint compares only with a GeoPoint.", nameof(obj)),
        };
    }
}
