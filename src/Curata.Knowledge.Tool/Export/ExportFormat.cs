namespace Curata.Knowledge.Tool.Export
{
    /// <summary>The formats <c>export</c> writes. The command-line spelling of each is its name in lower case.</summary>
    internal enum ExportFormat
    {
        /// <summary>JSON-LD: the RDF graph with a context of schema.org, PROV-O and the knowledge base's own vocabulary.</summary>
        JsonLd,
        /// <summary>RDF 1.1 Turtle: the same graph.</summary>
        Turtle,
        /// <summary>RDF 1.1 N-Triples: the same graph, one triple a line.</summary>
        NTriples,
        /// <summary>A folder of CSV files, one table per kind plus link tables.</summary>
        Csv,
        /// <summary>A folder of Parquet files: the same tables as <see cref="Csv"/>, with column types.</summary>
        Parquet,
        /// <summary>GraphML: the actor network.</summary>
        GraphMl,
        /// <summary>GEXF 1.3: the actor network.</summary>
        Gexf,
    }
}
