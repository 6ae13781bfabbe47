namespace Curata.Knowledge.Generators.Model
{
    /// <summary>The plain text of a source (a <c>.txt</c> additional file), for checking that quotations occur in it.</summary>
    internal sealed record SourceTextSpec(string Path, string Text);
}
