using System;
using System.Collections.Generic;

namespace Curata.Knowledge.Storage
{
    /// <summary>
    /// The declarations the generator compiled into the table (<see cref="FactTableFormat.Schema"/>): identifier schemes and,
    /// per kind, its properties (built-in and declared, with the properties of objects) in slot order. Every value is read by
    /// following it (<see cref="ValueDecoder"/>).
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
                kinds[k] = new KindInfo(k, id, plural, ReadProperties(reader, ref position));
            }
            Kinds = kinds;
        }

        private static PropertyInfo[] ReadProperties(FactTableReader reader, ref int position)
        {
            var properties = new PropertyInfo[reader.Int(ref position)];
            for (var p = 0; p < properties.Length; p++)
            {
                var name = reader.String(ref position);
                var datatype = reader.Int(ref position);
                var many = reader.Bool(ref position);
                var target = reader.OptionalString(ref position);
                var values = reader.Strings(ref position);
                properties[p] = new PropertyInfo(p, name, datatype, many, target, values, ReadProperties(reader, ref position));
            }
            return properties;
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
        private readonly Slots _slots;
        private object? _layout;

        public KindInfo(int number, string id, string plural, PropertyInfo[] properties)
        {
            Number = number;
            Id = id;
            Plural = plural;
            Properties = properties;
            _slots = new Slots(properties);
        }

        /// <summary>Position in the schema: fact numbers count kinds in this order.</summary>
        public int Number { get; }

        public string Id { get; }

        public string Plural { get; }

        public IReadOnlyList<PropertyInfo> Properties { get; }

        /// <summary>The slot of a property, or -1.</summary>
        public int Slot(string property) => _slots.Find(property);

        /// <summary>The slot of a property a runtime type reads.</summary>
        /// <exception cref="InvalidOperationException">The kind has no such property.</exception>
        public int RequiredSlot(string property) => _slots.Required(property, Id);

        /// <summary>
        /// The slots a runtime type reads this kind's values from (<paramref name="resolve"/> looks them up by name), resolved on
        /// first use and kept, so reading a value costs an array access, not a lookup by name. A kind has one runtime type.
        /// </summary>
        public T Layout<T>(Func<KindInfo, T> resolve) where T : class =>
            _layout as T ?? (T)ValueDecoder.Once(ref _layout, () => resolve(this));
    }

    /// <summary>
    /// A property: its slot, datatype (<see cref="FactTableFormat"/> numbers), target (kind, vocabulary or scheme), and, for an
    /// object, its own properties in slot order.
    /// </summary>
    internal sealed class PropertyInfo
    {
        private readonly Slots _slots;

        public PropertyInfo(int slot, string name, int datatype, bool many, string? target, string[] values, PropertyInfo[] properties)
        {
            Slot = slot;
            Name = name;
            Datatype = datatype;
            IsMany = many;
            Target = target;
            Values = values;
            Properties = properties;
            _slots = new Slots(properties);
        }

        public int Slot { get; }
        public string Name { get; }
        public int Datatype { get; }
        public bool IsMany { get; }
        public string? Target { get; }

        /// <summary>An enum's values, in declared order.</summary>
        public string[] Values { get; }

        /// <summary>An object's properties, in slot order (empty for other datatypes).</summary>
        public IReadOnlyList<PropertyInfo> Properties { get; }

        /// <summary>The slot of one of an object's properties.</summary>
        /// <exception cref="InvalidOperationException">The object has no such property.</exception>
        public int RequiredSlot(string property) => _slots.Required(property, Name);
    }

    /// <summary>Slots by property name, for a kind or an object.</summary>
    internal sealed class Slots
    {
        private readonly Dictionary<string, int> _byName = new Dictionary<string, int>(StringComparer.Ordinal);

        public Slots(IReadOnlyList<PropertyInfo> properties)
        {
            foreach (var property in properties) _byName[property.Name] = property.Slot;
        }

        /// <summary>The slot of <paramref name="property"/>, or -1.</summary>
        public int Find(string property) => _byName.TryGetValue(property, out var slot) ? slot : -1;

        /// <summary>The slot of a property a runtime type reads: a table without it was not written by this package's generator.</summary>
        public int Required(string property, string owner) => _byName.TryGetValue(property, out var slot)
            ? slot
            : throw new InvalidOperationException($"The compiled knowledge base lists no property '{property}' of '{owner}'; rebuild with matching package versions.");
    }
}
