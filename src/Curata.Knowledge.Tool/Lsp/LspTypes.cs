using System.Collections.Generic;
using System.Text.Json.Serialization;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Lsp
{
    // The LSP 3.17 structures the server writes, as records serialized in camel case (LspConnection.Json). Lines and
    // characters are zero-based UTF-16 positions, which is also how the generator's LocationInfo counts them.

    /// <summary>A zero-based line and UTF-16 character.</summary>
    internal sealed record LspPosition(int Line, int Character);

    /// <summary>A range between two positions, end exclusive.</summary>
    internal sealed record LspRange(LspPosition Start, LspPosition End)
    {
        public static LspRange From(LocationInfo location) =>
            new(new LspPosition(location.StartLine, location.StartColumn), new LspPosition(location.EndLine, location.EndColumn));
    }

    /// <summary>A range in a document named by its URI.</summary>
    internal sealed record LspLocation(string Uri, LspRange Range);

    /// <summary>Where a diagnostic's rule is documented.</summary>
    internal sealed record LspCodeDescription(string Href);

    /// <summary>Another place a diagnostic concerns (the first definition of a duplicated id).</summary>
    internal sealed record LspRelatedInformation(LspLocation Location, string Message);

    /// <summary>A problem: severity 1 error, 2 warning, 3 information, 4 hint; code the KB id.</summary>
    internal sealed record LspDiagnostic(LspRange Range, int Severity, string Code, LspCodeDescription? CodeDescription, string Source, string Message,
        IReadOnlyList<LspRelatedInformation>? RelatedInformation);

    /// <summary>The parameters of <c>textDocument/publishDiagnostics</c>.</summary>
    internal sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<LspDiagnostic> Diagnostics, int? Version);

    /// <summary>A replacement of a range by new text.</summary>
    internal sealed record LspTextEdit(LspRange Range, string NewText);

    /// <summary>Edits to several documents, by URI.</summary>
    internal sealed record LspWorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<LspTextEdit>> Changes);

    /// <summary>Markdown shown on hover.</summary>
    internal sealed record LspMarkupContent(string Kind, string Value);

    /// <summary>The answer to <c>textDocument/hover</c>.</summary>
    internal sealed record LspHover(LspMarkupContent Contents, LspRange Range);

    /// <summary>One completion: <see cref="Kind"/> is LSP's CompletionItemKind (10 property, 12 value, 18 reference, 20 enum member).</summary>
    internal sealed record LspCompletionItem(string Label, int Kind, string? Detail, LspTextEdit TextEdit,
        [property: JsonPropertyName("filterText")] string? FilterText = null, string? SortText = null);

    /// <summary>The answer to <c>textDocument/completion</c>; incomplete when the list was cut, so the client asks again as the user types.</summary>
    internal sealed record LspCompletionList(bool IsIncomplete, IReadOnlyList<LspCompletionItem> Items);

    /// <summary>LSP's CompletionItemKind values the server uses.</summary>
    internal static class CompletionItemKinds
    {
        public const int Property = 10;
        public const int Value = 12;
        public const int Reference = 18;
        public const int EnumMember = 20;
    }
}
