using System;
using System.Collections.Generic;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>An id as written in a knowledge file, with where it was written: a definition or a reference.</summary>
    internal sealed record IdRef(string Id, LocationInfo Location)
    {
        private string? _memberName;

        /// <summary>
        /// The C# member an id names (<see cref="Parsing.Names.ToPascalCase"/>), worked out once: the check and the emitter both
        /// ask for every fact's, on every run, and an unchanged file keeps its ids from one run to the next.
        /// </summary>
        public string MemberName => _memberName ??= Parsing.Names.ToPascalCase(Id);

        // By the id and where it is written, as before the member name was kept: it is worked out from the id.
        public bool Equals(IdRef? other) => other is not null && (ReferenceEquals(this, other) || (Id == other.Id && Location.Equals(other.Location)));

        public override int GetHashCode() => unchecked(Id.GetHashCode() * 31 + Location.GetHashCode());
    }

    internal static class Ids
    {
        /// <summary>
        /// Whether the id of <paramref name="items"/>[<paramref name="index"/>] was named earlier in the list: each id then counts
        /// once, with nothing allocated (lists hold one or two, and this runs for every fact).
        /// </summary>
        public static bool NamedBefore<T>(EquatableArray<T> items, int index, Func<T, string> id) where T : IEquatable<T>
        {
            var named = id(items[index]);
            for (var i = 0; i < index; i++)
            {
                if (id(items[i]) == named) return true;
            }
            return false;
        }
    }
}
