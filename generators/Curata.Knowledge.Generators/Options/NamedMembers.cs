using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Curata.Knowledge.Generators.Options
{
    /// <summary>
    /// The typed members the project's own C# names, as <c>Class.Member</c>: <c>Statements.LindCalm</c>, also qualified
    /// (<c>MyApp.Statements.LindCalm</c>) or in <c>nameof</c>. Read from syntax alone, before the member exists, so naming a
    /// fact in code is what makes its member be generated when its class is not typed in full (<c>Emit/TypedMemberPolicy</c>).
    /// A member reached through <c>using static</c> is not seen.
    /// </summary>
    internal static class NamedMembers
    {
        /// <summary>Whether <paramref name="node"/> is <c>X.Y</c> with <c>X</c> ending in a simple name: a candidate.</summary>
        public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) =>
            node is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } access
            && access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
            && ClassName(access.Expression) != null;

        /// <summary>The candidate as <c>Class.Member</c>.</summary>
        public static string Of(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var access = (MemberAccessExpressionSyntax)context.Node;
            return ClassName(access.Expression) + "." + access.Name.Identifier.ValueText;
        }

        /// <summary>
        /// The names that matter: those of a class typed by name, distinct and in order. Everything else the code names
        /// (<c>Console.WriteLine</c>) is dropped here, so an ordinary C# edit leaves this set, and what is generated, unchanged.
        /// </summary>
        public static EquatableArray<string> Keep(ImmutableArray<string> named, EquatableArray<string> classesTypedByName)
        {
            if (classesTypedByName.Count == 0 || named.IsDefaultOrEmpty) return EquatableArray<string>.Empty;
            return named.Where(name => classesTypedByName.Any(className => IsMemberOf(name, className)))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToEquatableArray();
        }

        // "Class.Member" names a member of className, compared in place: this runs over every name on each C# edit.
        private static bool IsMemberOf(string name, string className) =>
            name.Length > className.Length && name[className.Length] == '.' && name.StartsWith(className, StringComparison.Ordinal);

        private static string? ClassName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
            _ => null,
        };
    }
}
