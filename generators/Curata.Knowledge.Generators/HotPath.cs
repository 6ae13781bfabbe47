using System.Runtime.CompilerServices;

namespace Curata.Knowledge.Generators
{
    /// <summary>
    /// What marks the loops a cold build spends most of its time in. A compiler process runs the generator once, cold: the
    /// runtime starts every method unoptimized and keeps postponing optimizing the hot ones while new methods are still being
    /// compiled, which is all through a first run. These methods are compiled optimized at their first call instead.
    /// </summary>
    internal static class HotPath
    {
        /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; runtimes that do not know it ignore it.</summary>
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
