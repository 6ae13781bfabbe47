namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// A knowledge file's path and its text's lines, made once per reading and shared by every location read from it
    /// (<see cref="LocationInfo"/>).
    /// </summary>
    internal sealed class SourceFile
    {
        public SourceFile(string path, TextLines lines)
        {
            Path = path;
            Lines = lines;
        }

        public string Path { get; }

        public TextLines Lines { get; }
    }
}
