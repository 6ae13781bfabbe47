using System;
using System.Collections.Generic;

namespace Curata.Knowledge.Storage
{
    /// <summary>
    /// The declarations the generator compiled into the table (<see cref="FactTableFormat.Schema"/>): identifier schemes and,
    /// per kind, its declared properties in slot order. Declared values are read by following it.
    /// </summary>
    internal sealed class Schema
    {
        public Schema(FactTableReader reader)
        {
            var position = reader.Section(FactTableFormat.Schema);
            var schemes = new IdentifierScheme[reader.Int(ref position)];
            for (var i = 0; i < schemes.Length; i++)
            {
                var id = reader.String(ref position);
                var name = reader.String(ref position);
                schemes[i] = new IdentifierScheme(id, name, reader.OptionalString(ref position));
            }
            Schemes = schemes;
            var kinds = new KindInfo[reader.Int(ref position)];
            for (var k = 0; k < kinds.Length; k++)
            {
                var id = reader.String(ref position);
                var plural = reader.String(ref position);
                var properties = new PropertyInfo[reader.Int(ref position)];
                for (var p = 0; p < properties.Length; p++)
                {
                    var name = reader.String(ref position);
                    var datatype = reader.Int(ref position);
                    var many = reader.Bool(ref position);
                    var target = reader.OptionalString(ref position);
                    properties[p] = new PropertyInfo(p, name, datatype, many, target, reader.Strings(ref position));
                }
                kinds[k] = new KindInfo(k, id, plural, properties);
            }
            Kinds = kinds;
        }

        public IReadOnlyList<IdentifierScheme> Schemes { get; }

        /// <summary>Every kind with facts in the table: the five with readers of their own, then the declared kinds.</summary>
        public IReadOnlyList<KindInfo> Kinds { get; }

        public KindInfo Kind(string id)
        {
            foreach (var kind in Kinds)
            {
                if (kind.Id == id) return kind;
            }
            throw new KeyNotFoundException($"The knowledge base declares no kind '{id}'.");
        }
    }

    /// <summary>A kind as the schema lists it.</summary>
    internal sealed class KindInfo
    {
        private readonly Dictionary<string, PropertyInfo> _byName = new Dictionary<string, PropertyInfo>(StringComparer.Ordinal);

        public KindInfo(int number, string id, string plural, PropertyInfo[] properties)
        {
            Number = number;
            Id = id;
            Plural = plural;
            Properties = properties;
            foreach (var property in properties) _byName[property.Name] = property;
        }

        /// <summary>Position in the schema: fact numbers count kinds in this order.</summary>
        public int Number { get; }

        public string Id { get; }

        public string Plural { get; }

        public IReadOnlyList<PropertyInfo> Properties { get; }

        /// <summary>The slot of a declared property, or -1.</summary>
        public int Slot(string property) => _byName.TryGetValue(property, out var info) ? info.Slot : -1;
    }

    /// <summary>A declared property: its slot, datatype (<see cref="FactTableFormat"/> numbers) and target (kind, vocabulary or scheme).</summary>
    internal sealed class PropertyInfo
    {
        public PropertyInfo(int slot, string name, int datatype, bool many, string? target, string[] values)
        {
            Slot = slot;
            Name = name;
            Datatype = datatype;
            IsMany = many;
            Target = target;
            Values = values;
        }

        public int Slot { get; }
        public string Name { get; }
        public int Datatype { get; }
        public bool IsMany { get; }
        public string? Target { get; }

        /// <summary>An enum's values, in declared order.</summary>
        public string[] Values { get; }
    }
}
