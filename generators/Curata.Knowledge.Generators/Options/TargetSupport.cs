using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Curata.Knowledge.Generators.Options
{
    /// <summary>
    /// Whether the consuming project can compile the generated code, from its language version alone: the code is written for
    /// C# 11 and later.
    /// <see cref="HasExtensionMembers"/>: C# 14 or later, so declared properties of the runtime's types are emitted as extension
    /// properties (<c>e.Magnitude</c>); older compilers get extension methods (<c>e.Magnitude()</c>).
    /// </summary>
    internal sealed record TargetSupport(string? Problem, bool HasExtensionMembers = false)
    {
        public static TargetSupport Read(ParseOptions parseOptions)
        {
            if (parseOptions is CSharpParseOptions csharp && csharp.LanguageVersion < LanguageVersion.CSharp11)
            {
                return new TargetSupport($"the project compiles C# {csharp.LanguageVersion.ToDisplayString()}, and the generated code needs C# 11 or later (set <LangVersion>11</LangVersion> or target .NET 7 or later)");
            }
            // Roslyn 4.8 predates C# 14, so its enum has no name for it; the number is stable (Preview is above it).
            var extensionMembers = parseOptions is CSharpParseOptions options && (int)options.LanguageVersion >= 1400;
            return new TargetSupport(null, extensionMembers);
        }
    }
}
