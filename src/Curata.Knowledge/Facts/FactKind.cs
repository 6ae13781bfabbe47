namespace Curata.Knowledge
{
    /// <summary>Which kind of fact a <see cref="Fact"/> is.</summary>
    public enum FactKind
    {
        /// <summary>A <see cref="Knowledge.Source"/>.</summary>
        Source,
        /// <summary>An <see cref="Knowledge.Actor"/>.</summary>
        Actor,
        /// <summary>A <see cref="Knowledge.Statement"/>.</summary>
        Statement,
        /// <summary>An <see cref="Knowledge.Event"/>.</summary>
        Event,
        /// <summary>A <see cref="Knowledge.Relation"/>.</summary>
        Relation,
        /// <summary>A <see cref="Knowledge.Place"/>.</summary>
        Place,
        /// <summary>A fact of a kind the knowledge base declares (<see cref="DeclaredFact"/>).</summary>
        Declared,
    }
}
