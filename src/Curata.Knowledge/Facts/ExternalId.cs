namespace Curata.Knowledge
{
    /// <summary>An identifier scheme declared by the knowledge base (or a standard one, such as Wikidata's).</summary>
    public sealed class IdentifierScheme
    {
        internal IdentifierScheme(string id, string name, string? urlTemplate)
        {
            Id = id;
            Name = name;
            UrlTemplate = urlTemplate;
        }

        /// <summary>The scheme's id, as facts name it in <c>ids</c>.</summary>
        public string Id { get; }

        /// <summary>A readable name.</summary>
        public string Name { get; }

        /// <summary>A URL with <c>{id}</c> where an identifier goes, when the scheme has one.</summary>
        public string? UrlTemplate { get; }

        /// <summary>The id.</summary>
        public override string ToString() => Id;
    }

    /// <summary>An identifier of a fact in an external scheme (a dataset's event id, a Wikidata item), with its URL.</summary>
    public sealed class ExternalId
    {
        internal ExternalId(IdentifierScheme scheme, string value)
        {
            Scheme = scheme;
            Value = value;
        }

        /// <summary>The scheme the identifier belongs to.</summary>
        public IdentifierScheme Scheme { get; }

        /// <summary>The identifier, as written.</summary>
        public string Value { get; }

        /// <summary>Where the identified record can be read, when the scheme has a URL template.</summary>
        public System.Uri? Url =>
            Scheme.UrlTemplate == null ? null
                : System.Uri.TryCreate(Scheme.UrlTemplate.Replace("{id}", System.Uri.EscapeDataString(Value)), System.UriKind.Absolute, out var url) ? url : null;

        /// <summary>For example "wikidata:Q794".</summary>
        public override string ToString() => $"{Scheme.Id}:{Value}";
    }
}
