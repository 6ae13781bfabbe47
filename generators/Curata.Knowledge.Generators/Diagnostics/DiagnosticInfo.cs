using System.Linq;
using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Diagnostics
{
    /// <summary>
    /// A diagnostic as plain values (descriptor id, location, message arguments), so it can live in cached models and be
    /// turned into a Roslyn <see cref="Diagnostic"/> only when reported.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments, EquatableArray<LocationInfo> AdditionalLocations)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, location, new EquatableArray<string>(arguments), EquatableArray<LocationInfo>.Empty);

        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, LocationInfo also, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, location, new EquatableArray<string>(arguments), new EquatableArray<LocationInfo>(new[] { also }));

        /// <summary>The Roslyn diagnostic, at its default severity or at one the project configured for it.</summary>
        public Diagnostic ToDiagnostic(DiagnosticSeverity? severity = null)
        {
            var descriptor = DiagnosticDescriptors.ById[Id];
            return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, severity ?? descriptor.DefaultSeverity,
                AdditionalLocations.Select(l => l.ToLocation()), properties: null, Arguments.Cast<object>().ToArray());
        }
    }
}
