using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace Curata.Knowledge.Storage
{
    /// <summary>
    /// Reads the values of a fact or of an object by following the schema (<see cref="FactTableFormat.Schema"/>): the one reader
    /// of every value, built-in or declared, as the generator's one writer wrote it. Values are kept by slot; an object's values
    /// are an <see cref="ObjectValue"/>, a many-valued property's an array.
    /// </summary>
    internal static class ValueDecoder
    {
        /// <summary>
        /// How many properties are present, then for each its slot and, for a many-valued property its item count and items,
        /// for another its one item.
        /// </summary>
        public static object?[] Read(KnowledgeGraph graph, IReadOnlyList<PropertyInfo> properties, ref int position)
        {
            var reader = graph.Reader;
            var values = new object?[properties.Count];
            var present = reader.Int(ref position);
            for (var v = 0; v < present; v++)
            {
                var slot = reader.Int(ref position);
                var info = properties[slot];
                if (!info.IsMany)
                {
                    values[slot] = Item(graph, info, ref position);
                    continue;
                }
                var items = new object?[reader.Int(ref position)];
                for (var i = 0; i < items.Length; i++) items[i] = Item(graph, info, ref position);
                values[slot] = items;
            }
            return values;
        }

        /// <summary>The items of a many-valued property's value as <typeparamref name="T"/> (none when absent).</summary>
        public static IReadOnlyList<T> Items<T>(object? value) =>
            value is object?[] items ? Array.ConvertAll(items, item => (T)item!) : Array.Empty<T>();

        /// <summary>
        /// A value as <see cref="Fact.GetValue"/> shows it: an enum value as its string, an object as a dictionary of the values
        /// present by property name, a many-valued property as a list (empty when absent).
        /// </summary>
        public static object? Shown(PropertyInfo info, object? value)
        {
            if (info.IsMany)
            {
                var items = value as object?[] ?? Array.Empty<object?>();
                return info.Datatype switch
                {
                    FactTableFormat.Enum => items.Select(item => info.Values[(int)item!]).ToArray(),
                    FactTableFormat.Object => items.Select(item => Shown(info, (ObjectValue)item!)).ToArray(),
                    _ => value ?? Array.Empty<object>(),
                };
            }
            return info.Datatype switch
            {
                FactTableFormat.Enum => value is int index ? info.Values[index] : null,
                FactTableFormat.Object => value is ObjectValue values ? Shown(info, values) : null,
                _ => value,
            };
        }

        private static IReadOnlyDictionary<string, object?> Shown(PropertyInfo info, ObjectValue values)
        {
            var shown = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var property in info.Properties)
            {
                if (values[property.Slot] != null) shown.Add(property.Name, Shown(property, values[property.Slot]));
            }
            return shown;
        }

        private static object? Item(KnowledgeGraph graph, PropertyInfo info, ref int position)
        {
            var reader = graph.Reader;
            switch (info.Datatype)
            {
                case FactTableFormat.Integer:
                    var zigzag = reader.Varint(ref position);
                    return (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
                case FactTableFormat.Boolean:
                    return reader.Varint(ref position) != 0;
                case FactTableFormat.Decimal:
                    return decimal.Parse(reader.String(ref position), NumberStyles.Float, CultureInfo.InvariantCulture);
                case FactTableFormat.Date:
                    return reader.Date(ref position);
                case FactTableFormat.Span:
                    return reader.Span(ref position);
                case FactTableFormat.Count:
                    return reader.Count(ref position);
                case FactTableFormat.Quantity:
                    var amount = decimal.Parse(reader.String(ref position), NumberStyles.Float, CultureInfo.InvariantCulture);
                    return new Quantity(amount, reader.String(ref position));
                case FactTableFormat.Point:
                    var latitude = BitConverter.Int64BitsToDouble((long)reader.Varint(ref position));
                    var longitude = BitConverter.Int64BitsToDouble((long)reader.Varint(ref position));
                    var precision = reader.Varint(ref position);
                    return new GeoPoint(latitude, longitude, precision == 0 ? null : BitConverter.Int64BitsToDouble((long)precision));
                case FactTableFormat.Enum:
                    return reader.Int(ref position);
                case FactTableFormat.Reference:
                    return graph.FactNumbered(reader.Int(ref position));
                case FactTableFormat.Term:
                    return graph.Vocabulary.TermAt(info.Target!, reader.Int(ref position));
                case FactTableFormat.Object:
                    return new ObjectValue(Read(graph, info.Properties, ref position));
                default:
                    return reader.String(ref position);
            }
        }

        /// <summary>
        /// <paramref name="field"/>, created by <paramref name="create"/> the first time: a racing duplicate is discarded, so
        /// what a fact hands out (its roles, its participants) is one object however many threads ask.
        /// </summary>
        public static T Once<T>(ref T? field, Func<T> create) where T : class
        {
            var value = Volatile.Read(ref field);
            if (value != null) return value;
            var created = create();
            return Interlocked.CompareExchange(ref field, created, null) ?? created;
        }
    }

    /// <summary>The values of an object (a role, a participant, a fatality report), by the slots of its properties.</summary>
    internal sealed class ObjectValue
    {
        private readonly object?[] _values;

        public ObjectValue(object?[] values) => _values = values;

        /// <summary>The value in a single-valued property's slot, or null.</summary>
        public object? this[int slot] => _values[slot];

        /// <summary>The items in a many-valued property's slot.</summary>
        public IReadOnlyList<T> Items<T>(int slot) => ValueDecoder.Items<T>(_values[slot]);
    }
}
