using System;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Options;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>What a file of the generated API is: its lookup class, a vocabulary, a declared kind, and so on.</summary>
    internal enum ApiFileKind
    {
        KnowledgeBase,
        FactClass,
        TermClass,
        DeclaredKind,
        Extensions,
    }

    /// <summary>
    /// One file of the generated API (<see cref="KnowledgeEmitter.Plan"/>) and what its text depends on. Two are equal when
    /// their hint names and dependencies are: the driver then keeps the file it has and does not write it again, so an edit
    /// rewrites only the files whose text it changes (an edit to a statement's text leaves <c>Actors.g.cs</c> alone). The checked
    /// base and the options travel with it only to write it; <see cref="KnowledgeEmitter.Write"/> reads nothing of them beyond
    /// the dependencies listed, which tests hold to by comparing every file after each kind of edit with a fresh run's.
    /// </summary>
    internal sealed class ApiFile : IEquatable<ApiFile>
    {
        private readonly object?[] _dependsOn;

        public ApiFile(string hintName, ApiFileKind kind, string subject, KnowledgeBaseSpec spec, GeneratorOptions options, bool extensionMembers,
            EquatableArray<string> namedInCode, params object?[] dependsOn)
        {
            HintName = hintName;
            Kind = kind;
            Subject = subject;
            Spec = spec;
            Options = options;
            ExtensionMembers = extensionMembers;
            NamedInCode = namedInCode;
            // What every file depends on: the options, the language's support for extension members, what the code names and
            // which ids lost their member.
            _dependsOn = new object?[4 + dependsOn.Length];
            _dependsOn[0] = options;
            _dependsOn[1] = extensionMembers;
            _dependsOn[2] = namedInCode;
            _dependsOn[3] = spec.IdsWithoutMember;
            dependsOn.CopyTo(_dependsOn, 4);
        }

        public string HintName { get; }

        public ApiFileKind Kind { get; }

        /// <summary>The class, vocabulary or kind the file is about.</summary>
        public string Subject { get; }

        public KnowledgeBaseSpec Spec { get; }

        public GeneratorOptions Options { get; }

        public bool ExtensionMembers { get; }

        public EquatableArray<string> NamedInCode { get; }

        public bool Equals(ApiFile? other)
        {
            if (ReferenceEquals(this, other)) return true;
            if (other is null || HintName != other.HintName || Kind != other.Kind || Subject != other.Subject || _dependsOn.Length != other._dependsOn.Length) return false;
            for (var i = 0; i < _dependsOn.Length; i++)
            {
                if (!Equals(_dependsOn[i], other._dependsOn[i])) return false;
            }
            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as ApiFile);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(HintName);
    }
}
