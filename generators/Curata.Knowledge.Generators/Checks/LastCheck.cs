using System;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// What the last complete check left for the next of one kind (<see cref="ReferenceReuse"/>, <see cref="IdentityReuse"/>,
    /// <see cref="TypingReuse"/>, <see cref="RuleReuse"/>, <see cref="FactsById"/>). A check replaces it when it completes (or,
    /// for what never changes once made, when it is made), so concurrent checks (the generator's and the analyzer's) only
    /// ever read a finished one. Held weakly: the check's cached result
    /// (<c>KnowledgeBaseChecker.KeptCheck</c>) holds it for as long as its file models live.
    /// </summary>
    internal static class LastCheck<T> where T : class
    {
        private static readonly WeakReference<T> Last = new WeakReference<T>(null!);

        /// <summary>The last complete check's, while it lives.</summary>
        public static T? Get() => Last.TryGetTarget(out var last) ? last : null;

        public static void Set(T completed) => Last.SetTarget(completed);

        /// <summary>Forgets it, so that the next check takes up nothing (for tests and cold benchmarks).</summary>
        public static void Forget() => Last.SetTarget(null!);
    }
}
