using System;

namespace Curata.Knowledge
{
    /// <summary>
    /// A fact id that knows which kind of fact it names, so an event id cannot be passed where an actor is expected.
    /// Get one from a fact's <c>Key</c>, or from generated lookups.
    /// </summary>
    public readonly struct FactId<TFact> : IEquatable<FactId<TFact>> where TFact : Fact
    {
        /// <summary>Wraps an id string; it is checked when the id is looked up.</summary>
        public FactId(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

        /// <summary>The id as written in the knowledge files.</summary>
        public string Value { get; }

        /// <inheritdoc/>
        public bool Equals(FactId<TFact> other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is FactId<TFact> other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Value == null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

        /// <summary>The id.</summary>
        public override string ToString() => Value;

        /// <summary>Equality by id.</summary>
        public static bool operator ==(FactId<TFact> left, FactId<TFact> right) => left.Equals(right);

        /// <summary>Inequality by id.</summary>
        public static bool operator !=(FactId<TFact> left, FactId<TFact> right) => !left.Equals(right);
    }
}
