using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Tests.Robustness.Support;

/// <summary>
/// An additional file given as the bytes on disk, decoded as UTF-8 the way a host that reads bytes would: a byte-order mark is
/// recognised and dropped, and bytes that are not valid UTF-8 become U+FFFD.
/// </summary>
internal sealed class ByteAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public ByteAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        _text = SourceText.From(bytes, bytes.Length, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
