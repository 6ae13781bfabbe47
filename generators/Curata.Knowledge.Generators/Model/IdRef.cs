namespace Curata.Knowledge.Generators.Model
{
    /// <summary>An id as written in a knowledge file, with where it was written: a definition or a reference.</summary>
    internal sealed record IdRef(string Id, LocationInfo Location);
}
