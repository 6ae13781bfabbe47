using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>Actors by name and alias, the first actor added winning a shared one.</summary>
    internal sealed class ActorNames
    {
        public Dictionary<string, string> ByKey { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public void Add(ActorSpec actor)
        {
            foreach (var alias in actor.Aliases.Concat(new[] { actor.Name }))
            {
                var key = Key(alias);
                if (key.Length > 0 && !ByKey.ContainsKey(key)) ByKey[key] = actor.Id.Id;
            }
        }

        /// <summary>A name as a suggestion compares it with ids: lower case, every other character a hyphen, none at the ends.</summary>
        public static string Key(string name) =>
            new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
    }
}
