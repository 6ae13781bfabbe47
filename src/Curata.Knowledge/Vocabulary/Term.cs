namespace Curata.Knowledge
{
    /// <summary>An entry of a vocabulary kept as data: an event type, a participant role or a predicate.</summary>
    public abstract class Term
    {
        private protected Term(string id, string name, string? description)
        {
            Id = id;
            Name = name;
            Description = description;
        }

        /// <summary>The id, unique within its vocabulary.</summary>
        public string Id { get; }

        /// <summary>A readable name.</summary>
        public string Name { get; }

        /// <summary>What the term means.</summary>
        public string? Description { get; }

        internal virtual void Link(Vocabulary vocabulary) { }

        /// <summary>The id.</summary>
        public override string ToString() => Id;
    }
}
