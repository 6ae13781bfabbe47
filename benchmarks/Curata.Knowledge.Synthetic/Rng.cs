namespace Curata.Knowledge.Synthetic;

/// <summary>
/// SplitMix64: a tiny pseudo-random generator whose sequence is fixed by its seed on every runtime and platform (unlike
/// <see cref="System.Random"/>, whose algorithm is an implementation detail), so a seed always gives the same knowledge base.
/// </summary>
internal struct Rng
{
    private ulong _state;

    public Rng(ulong seed) => _state = seed;

    /// <summary>A generator for one item, independent of every other item: the same (seed, stream, index) always gives the same values.</summary>
    public static Rng For(int seed, int stream, int index) =>
        new(Mix(Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)(uint)stream) + (ulong)(uint)index));

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, <paramref name="exclusiveMax"/>).</summary>
    public int Next(int exclusiveMax) => exclusiveMax <= 1 ? 0 : (int)(((NextULong() >> 32) * (ulong)exclusiveMax) >> 32);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>] inclusive.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Chance(int percent) => Next(100) < percent;

    /// <summary>Skewed toward 0: the smaller of two uniform draws, so a few items (popular actors) are picked far more often.</summary>
    public int Skewed(int exclusiveMax) => System.Math.Min(Next(exclusiveMax), Next(exclusiveMax));

    public T Pick<T>(T[] items) => items[Next(items.Length)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
