using System.Collections.Generic;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>What a broken reference may be suggested from: the facts' ids by kind, and the actors' names and aliases.</summary>
    internal interface IFactNames
    {
        /// <summary>The ids of the facts of <paramref name="kind"/> (of every kind for <see cref="StandardKinds.AnyFact"/>).</summary>
        IEnumerable<string> Ids(string kind);

        /// <summary>Every actor's name and aliases, as <see cref="ActorNames.Key"/> writes them.</summary>
        IEnumerable<string> AliasKeys { get; }

        /// <summary>The id of the first actor with that name or alias.</summary>
        string ActorOf(string aliasKey);
    }
}
