using System;
using System.Globalization;

namespace Curata.Knowledge
{
    /// <summary>An amount with its unit, exactly as the knowledge base gives it ("12.5 kg").</summary>
    public readonly struct Quantity : IEquatable<Quantity>
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
    }

    /// <summary>A point on the Earth in decimal degrees, with how precisely it is known (in degrees), when given.</summary>
    public readonly struct GeoPoint : IEquatable<GeoPoint>
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
    }
}
