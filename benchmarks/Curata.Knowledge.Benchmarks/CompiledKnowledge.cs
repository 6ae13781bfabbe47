using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Threading;
using Curata.Knowledge.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// The consumer assembly compiled from a synthetic base, kept on disk between benchmark processes (keyed by size, files, seed,
/// limits and the bytes of the generator and runtime assemblies, so any change to either invalidates it), together with the
/// decision to skip a size that cannot be compiled.
/// </summary>
public static class CompiledKnowledge
{
    /// <summary>The largest #US heap the compiler can write: CS8103 above it.</summary>
    public const long UserStringHeapLimit = 0xFFFFFF;

    /// <summary>The consumer assembly for <paramref name="facts"/> facts, compiled once and cached.</summary>
    public static byte[] Get(int facts)
    {
        var key = Key(facts);
        var image = Path.Combine(Settings.CacheFolder, key + ".dll");
        var skip = Path.Combine(Settings.CacheFolder, key + ".skip");
        if (File.Exists(image)) return File.ReadAllBytes(image);
        if (File.Exists(skip)) throw new CaseSkippedException(File.ReadAllText(skip).Trim() + " (decided by an earlier process; delete " + skip + " to retry)");
        try
        {
            var bytes = Compile(facts);
            var temporary = image + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, image, overwrite: true);
            return bytes;
        }
        catch (CaseSkippedException skipped)
        {
            File.WriteAllText(skip, skipped.Message.Substring("SKIPPED: ".Length));
            throw;
        }
    }

    /// <summary>Generates and compiles, guarded; a size the compiler cannot take is skipped, any other failure is an error.</summary>
    public static byte[] Compile(int facts)
    {
        var workload = Workload.Create(facts);
        var (_, output) = workload.RunGuarded($"generating {facts:N0} facts");
        var generated = GeneratedTrees(output);
        var stats = Guard.Run($"measuring the code generated for {facts:N0} facts", token => GeneratedCodeStats.Of(generated, token));
        stats.ThrowIfUncompilable(facts);
        if (stats.LoadProblem(facts) is string problem) throw new CaseSkippedException(problem);
        return Guard.Run($"compiling {facts:N0} facts", token => Emit(output, token));
    }

    /// <summary>Emits the compilation to memory; the compiler's refusal of the size (CS8103) is a skip.</summary>
    public static byte[] Emit(Compilation compilation, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, cancellationToken: cancellationToken);
        if (result.Success) return stream.ToArray();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        var tooLarge = errors.FirstOrDefault(d => d.Id is "CS8103");
        if (tooLarge != null) throw new CaseSkippedException("the compiler refuses the generated code: " + tooLarge.GetMessage(CultureInfo.InvariantCulture));
        throw new InvalidOperationException("The generated code does not compile: " + string.Join(Environment.NewLine, errors.Take(10)));
    }

    /// <summary>The trees the generator added to the consumer's compilation.</summary>
    public static IReadOnlyList<SyntaxTree> GeneratedTrees(Compilation output) =>
        output.SyntaxTrees.Where(t => !t.FilePath.EndsWith("Program.cs", StringComparison.Ordinal)).ToArray();

    /// <summary>The consumer assembly loaded into its own load context; the runtime library is shared with the default context.</summary>
    public static LoadedKnowledge Load(byte[] image, bool collectible)
    {
        var context = new AssemblyLoadContext("knowledge-" + Guid.NewGuid().ToString("N"), isCollectible: collectible);
        using var stream = new MemoryStream(image, writable: false);
        var assembly = context.LoadFromStream(stream);
        var type = assembly.GetType(Workload.Namespace + ".KnowledgeBase", throwOnError: true)!;
        var graph = type.GetProperty("Graph", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException("The generated KnowledgeBase has no static Graph property.");
        return new LoadedKnowledge(context, graph);
    }

    private static string Key(int facts)
    {
        using var hash = SHA256.Create();
        foreach (var assembly in new[] { typeof(KnowledgeGenerator).Assembly, typeof(KnowledgeGraph).Assembly })
        {
            var bytes = File.ReadAllBytes(assembly.Location);
            hash.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }
        hash.TransformFinalBlock([], 0, 0);
        var build = Convert.ToHexString(hash.Hash!, 0, 8).ToLowerInvariant();
        return string.Create(CultureInfo.InvariantCulture,
            $"kb-{facts}-f{Settings.Files}-s{Settings.Seed}-t{(int)Settings.Timeout.TotalSeconds}-m{Settings.MemoryBudgetBytes >> 30}-{build}");
    }
}

/// <summary>A compiled knowledge base loaded in a load context: <see cref="Graph"/> runs its static initialiser on first call.</summary>
public sealed class LoadedKnowledge(AssemblyLoadContext context, PropertyInfo graphProperty)
{
    public AssemblyLoadContext Context { get; } = context;

    /// <summary><c>KnowledgeBase.Graph</c> of the loaded assembly: built on the first call in each load context.</summary>
    public KnowledgeGraph Graph() => (KnowledgeGraph)graphProperty.GetValue(null)!;

    public void Unload()
    {
        if (Context.IsCollectible) Context.Unload();
    }
}

/// <summary>
/// What the compiler is handed: the generated files, the largest one, the largest member (method, accessor, property or field
/// initialiser: what one method body, or the static constructor, must hold), the string literals that fill the #US heap, the
/// strings in attributes (the fact table's pieces, the lookup classes' ids) that fill the #Blob heap, and
/// the most members of one type (65,535 at most: beyond, the type fails to load).
/// </summary>
public sealed record GeneratedCodeStats(
    int FileCount, long TotalChars, string LargestFile, long LargestFileChars, int LargestFileLines,
    string LargestMember, long LargestMemberChars, int LargestMemberLines,
    long UserStringHeapBytes, long Utf8LiteralBytes, long AttributeStringBytes, string WidestType, int WidestTypeMembers)
{
    public static GeneratedCodeStats Of(IReadOnlyList<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        long total = 0, largestFileChars = 0, largestMemberChars = 0, utf8Bytes = 0, attributeBytes = 0;
        int largestFileLines = 0, largestMemberLines = 0, widestMembers = 0;
        string largestFile = "", largestMember = "", widestType = "";
        var strings = new HashSet<string>(StringComparer.Ordinal);
        var methodsByType = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var text = tree.GetText(cancellationToken);
            total += text.Length;
            if (text.Length > largestFileChars)
            {
                (largestFile, largestFileChars, largestFileLines) = (Path.GetFileName(tree.FilePath), text.Length, text.Lines.Count);
            }
            var root = tree.GetRoot(cancellationToken);
            foreach (var node in root.DescendantNodes(n => n is not BlockSyntax and not ArrowExpressionClauseSyntax and not EqualsValueClauseSyntax))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is TypeDeclarationSyntax type)
                {
                    // Methods the type compiles to: methods, constructors, and one per property accessor.
                    var members = type.Members.Sum(m => m switch
                    {
                        BaseMethodDeclarationSyntax => 1,
                        PropertyDeclarationSyntax p => p.AccessorList?.Accessors.Count ?? 1,
                        _ => 0,
                    });
                    var name = string.Join(".", type.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().Reverse().Select(t => t.Identifier.ValueText));
                    methodsByType[name] = (methodsByType.TryGetValue(name, out var earlier) ? earlier : 0) + members; // partial declarations add up
                    continue;
                }
                SyntaxNode? body = node switch
                {
                    BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody,
                    AccessorDeclarationSyntax a => (SyntaxNode?)a.Body ?? a.ExpressionBody,
                    PropertyDeclarationSyntax p => (SyntaxNode?)p.ExpressionBody ?? p.Initializer,
                    VariableDeclaratorSyntax v => v.Initializer,
                    _ => null,
                };
                if (body == null) continue;
                var span = body.GetLocation().GetLineSpan();
                var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
                if (body.Span.Length > largestMemberChars)
                {
                    largestMember = Describe(node);
                    (largestMemberChars, largestMemberLines) = (body.Span.Length, lines);
                }
            }
            foreach (var token in root.DescendantTokens())
            {
                switch (token.Kind())
                {
                    case SyntaxKind.StringLiteralToken:
                    case SyntaxKind.SingleLineRawStringLiteralToken:
                    case SyntaxKind.MultiLineRawStringLiteralToken:
                        // An attribute's strings are stored in the #Blob heap, in UTF-8, outside the #US limit.
                        if (token.Parent?.FirstAncestorOrSelf<AttributeArgumentSyntax>() != null) attributeBytes += System.Text.Encoding.UTF8.GetByteCount(token.ValueText);
                        else strings.Add(token.ValueText);
                        break;
                    case SyntaxKind.Utf8StringLiteralToken:
                    case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                    case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                        utf8Bytes += System.Text.Encoding.UTF8.GetByteCount(token.ValueText);
                        break;
                }
            }
        }
        foreach (var (name, members) in methodsByType)
        {
            if (members > widestMembers) (widestType, widestMembers) = (name, members);
        }
        // Each distinct string is stored once in the #US heap: a compressed length, two bytes per UTF-16 unit, one flag byte.
        var heap = 1L + strings.Sum(s => { var size = 2L * s.Length + 1; return size + (size < 0x80 ? 1 : size < 0x4000 ? 2 : 4); });
        return new GeneratedCodeStats(trees.Count, total, largestFile, largestFileChars, largestFileLines, largestMember, largestMemberChars,
            largestMemberLines, heap, utf8Bytes, attributeBytes, widestType, widestMembers);
    }

    /// <summary>Skips a size whose generated code the compiler is known to refuse, before spending time on it.</summary>
    public void ThrowIfUncompilable(int facts)
    {
        if (UserStringHeapBytes > CompiledKnowledge.UserStringHeapLimit)
        {
            throw new CaseSkippedException($"{facts:N0} facts: the generated code has {Guard.Megabytes(UserStringHeapBytes)} of distinct string literals, "
                + $"over the 16 MB the compiler can store (CS8103)");
        }
    }

    /// <summary>Whether the compiled code could not be loaded: the compiler does not warn, the type fails to load at run time.</summary>
    public string? LoadProblem(int facts) => WidestTypeMembers > 65_535
        ? $"{facts:N0} facts: the generated type {WidestType} has {WidestTypeMembers:N0} methods, over the 65,535 a type may have (it would fail to load)"
        : null;

    private static string Describe(SyntaxNode node)
    {
        var type = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText ?? "?";
        var name = node switch
        {
            MethodDeclarationSyntax m => m.Identifier.ValueText + "()",
            ConstructorDeclarationSyntax c => (c.Modifiers.Any(SyntaxKind.StaticKeyword) ? "static " : "") + c.Identifier.ValueText + "()",
            AccessorDeclarationSyntax a => (a.Parent?.Parent as PropertyDeclarationSyntax)?.Identifier.ValueText + "." + a.Keyword.ValueText,
            PropertyDeclarationSyntax p => p.Identifier.ValueText,
            VariableDeclaratorSyntax v => v.Identifier.ValueText + " (initialiser)",
            _ => node.Kind().ToString(),
        };
        return type + "." + name;
    }
}
