using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Tests.Support;

/// <summary>An additional file held in memory, as the compiler hands a knowledge file (one text instance) to every reader.</summary>
internal sealed class InMemoryAdditionalText(string path, SourceText text) : AdditionalText
{
    public InMemoryAdditionalText(string path, string text) : this(path, SourceText.From(text)) { }

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
