using System.Collections.Generic;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>An id as written in a knowledge file, with where it was written: a definition or a reference.</summary>
    internal sealed record IdRef(string Id, LocationInfo Location);

    internal static class Ids
    {
        /// <summary>
        /// The ids a list names, each once, in the order first named (a fact named twice is still one link). Most lists hold one
        /// or two: no set is worth building.
        /// </summary>
        public static List<string> Distinct(IEnumerable<string> ids)
        {
            var distinct = new List<string>();
            foreach (var id in ids)
            {
                if (!distinct.Contains(id)) distinct.Add(id);
            }
            return distinct;
        }
    }
}
