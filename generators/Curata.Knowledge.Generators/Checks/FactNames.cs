using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// What a broken reference may be suggested from: every fact's id with its kind, and the actors by name and alias (as
    /// <see cref="AliasKey"/> writes them), the first actor winning a shared one.
    /// </summary>
    internal sealed class FactNames
    {
        public Dictionary<string, string> KindById { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public Dictionary<string, string> ActorByAlias { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public void AddFact(FactSpec fact)
        {
            if (!KindById.ContainsKey(fact.Id.Id)) KindById.Add(fact.Id.Id, fact.Kind);
        }

        public void AddActor(ActorSpec actor)
        {
            foreach (var alias in actor.Aliases.Concat(new[] { actor.Name }))
            {
                var key = AliasKey(alias);
                if (key.Length > 0 && !ActorByAlias.ContainsKey(key)) ActorByAlias[key] = actor.Id.Id;
            }
        }

        /// <summary>A name as a suggestion compares it with ids: lower case, every other character a hyphen, none at the ends.</summary>
        public static string AliasKey(string name) =>
            new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
    }
}
