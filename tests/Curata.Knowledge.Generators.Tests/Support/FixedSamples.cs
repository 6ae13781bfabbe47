using System;
using CsCheck;

namespace Curata.Knowledge.Generators.Tests.Support;

/// <summary>
/// Runs a check over values drawn from one seeded random stream: the same values every run. For tests that assert what their
/// samples covered (every diagnostic seen, enough usable cases): CsCheck's <c>Sample</c> fixes only the first iteration's seed,
/// so such an assertion over it passes or fails by chance.
/// </summary>
internal static class FixedSamples
{
    public static void Run<T>(Gen<T> gen, string seed, int count, Action<T> check, Func<T, string> print)
    {
        var pcg = PCG.Parse(seed);
        for (var i = 0; i < count; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                check(value);
            }
            catch (Exception e)
            {
                throw new Exception($"Case {i} of seed {seed}: {print(value)}", e);
            }
        }
    }
}
