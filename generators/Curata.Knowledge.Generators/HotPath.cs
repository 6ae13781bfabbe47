using System.Runtime.CompilerServices;

namespace Curata.Knowledge.Generators
{
    /// <summary>
    /// Marks the hot loops only a build runs (writing the fact table). A build's compiler runs the generator once, cold: the
    /// runtime starts every method unoptimized and keeps postponing optimizing the hot ones while new methods are still being
    /// compiled, which is all through a first run. Methods so marked are compiled optimized at their first call instead.
    /// Loops an editor runs warm after every edit (the reader's) are left to the runtime, whose profile makes them faster there.
    /// </summary>
    internal static class HotPath
    {
        /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; runtimes that do not know it ignore it.</summary>
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
