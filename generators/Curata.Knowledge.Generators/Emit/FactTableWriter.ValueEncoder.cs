using System;
using System.Collections.Generic;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Emit
{
    internal sealed partial class FactTableWriter
    {
        /// <summary>
        /// Writes the values of a fact, and of each object inside it, in the layout the schema defines: how many properties are
        /// present, then for each in slot order its slot and, for a many-valued property, its item count and items, for another
        /// its one item. Built-in values arrive through <see cref="IValueSink"/>, declared ones as typed values; both are
        /// encoded by the writer's one encoder per datatype. Each property is encoded as it arrives, into the scratch buffer of
        /// the object being written, and the object is then laid out by slot: no value model is built on the way.
        /// </summary>
        private sealed class ValueEncoder : IValueSink
        {
            private readonly FactTableWriter _writer;
            // One frame per level of objects being written, kept for reuse: a fact allocates nothing here.
            private readonly List<Frame> _frames = new List<Frame>();
            private int _depth = -1;

            public ValueEncoder(FactTableWriter writer) => _writer = writer;

            private Frame Current => _frames[_depth];

            /// <summary>Starts the values of a fact or object whose properties are <paramref name="slots"/>.</summary>
            public void Begin(IReadOnlyList<PropertySpec> slots)
            {
                if (++_depth == _frames.Count) _frames.Add(new Frame());
                var frame = Current;
                frame.Slots = slots;
                frame.Bytes.Clear();
                frame.Present.Clear();
            }

            /// <summary>Writes what <see cref="Begin"/> started into <paramref name="w"/>, ordered by slot, and closes it.</summary>
            public void End(Buffer w)
            {
                var frame = _frames[_depth--];
                var present = frame.Present;
                // An insertion sort: a handful of properties, mostly in slot order already.
                for (var i = 1; i < present.Count; i++)
                {
                    var entry = present[i];
                    var at = i;
                    while (at > 0 && present[at - 1].Slot > entry.Slot)
                    {
                        present[at] = present[at - 1];
                        at--;
                    }
                    present[at] = entry;
                }
                w.Varint(present.Count);
                foreach (var (slot, start, length) in present)
                {
                    w.Varint(slot);
                    w.Write(frame.Bytes, start, length);
                }
            }

            /// <summary>A declared value, typed by the checks.</summary>
            public void Declared(PropertyValueSpec value)
            {
                if (value.Values.Count == 0) return;
                var property = Open(value.Property, value.Values.Count, out var slot, out var start);
                var bytes = Current.Bytes;
                var count = property.Many ? value.Values.Count : 1;
                for (var i = 0; i < count; i++)
                {
                    var item = value.Values[i];
                    if (property.Type != Datatype.Object)
                    {
                        _writer.Value(bytes, property, item);
                        continue;
                    }
                    Begin(property.Properties);
                    foreach (var nested in item.Properties) Declared(nested);
                    End(bytes);
                }
                Close(slot, start);
            }

            public void Text(string property, string? text)
            {
                if (text == null) return;
                var declared = Open(property, 1, out var slot, out var start);
                _writer.Text(Current.Bytes, declared, text);
                Close(slot, start);
            }

            public void Texts(string property, IReadOnlyList<string> texts)
            {
                if (texts.Count == 0) return;
                var declared = Open(property, texts.Count, out var slot, out var start);
                var count = declared.Many ? texts.Count : 1;
                for (var i = 0; i < count; i++) _writer.Text(Current.Bytes, declared, texts[i]);
                Close(slot, start);
            }

            public void Ids(string property, EquatableArray<IdRef> ids, bool once = false)
            {
                var count = 0;
                for (var i = 0; i < ids.Count; i++)
                {
                    if (!once || !Model.Ids.NamedBefore(ids, i, IdOf)) count++;
                }
                if (count == 0) return;
                var declared = Open(property, count, out var slot, out var start);
                if (!declared.Many) count = 1;
                for (var i = 0; i < ids.Count && count > 0; i++)
                {
                    if (once && Model.Ids.NamedBefore(ids, i, IdOf)) continue;
                    _writer.Text(Current.Bytes, declared, ids[i].Id);
                    count--;
                }
                Close(slot, start);
            }

            private static readonly Func<IdRef, string> IdOf = id => id.Id;

            public void Date(string property, DateSpec? date)
            {
                if (date == null) return;
                var declared = Open(property, 1, out var slot, out var start);
                if (declared.Type == Datatype.Date) FactTableWriter.Date(Current.Bytes, date);
                else FactTableWriter.Span(Current.Bytes, new SpanSpec(date, date, IsSingleDate: true, date.Location));
                Close(slot, start);
            }

            public void Span(string property, SpanSpec? span)
            {
                if (span == null) return;
                var declared = Open(property, 1, out var slot, out var start);
                if (declared.Type == Datatype.Date) FactTableWriter.Date(Current.Bytes, span.From);
                else FactTableWriter.Span(Current.Bytes, span);
                Close(slot, start);
            }

            public void Count(string property, CountSpec? count)
            {
                if (count == null) return;
                Open(property, 1, out var slot, out var start);
                FactTableWriter.Count(Current.Bytes, count);
                Close(slot, start);
            }

            public void Integer(string property, long? integer)
            {
                if (integer is not long value) return;
                Open(property, 1, out var slot, out var start);
                Current.Bytes.ZigZag(value);
                Close(slot, start);
            }

            public void Objects<T>(string property, EquatableArray<T> items, Action<IValueSink, T> describe) where T : IEquatable<T>
            {
                if (items.Count == 0) return;
                var declared = Open(property, items.Count, out var slot, out var start);
                var bytes = Current.Bytes;
                var count = declared.Many ? items.Count : 1;
                for (var i = 0; i < count; i++)
                {
                    Begin(declared.Properties);
                    describe(this, items[i]);
                    End(bytes);
                }
                Close(slot, start);
            }

            // Starts a property of the current object: its declaration, slot and start; a many-valued one gets its item count.
            private PropertySpec Open(string name, int count, out int slot, out int start)
            {
                var frame = Current;
                slot = Slot(frame.Slots, name);
                var property = frame.Slots[slot];
                start = frame.Bytes.Length;
                if (property.Many) frame.Bytes.Varint(count);
                return property;
            }

            private void Close(int slot, int start)
            {
                var frame = Current;
                frame.Present.Add((slot, start, frame.Bytes.Length - start));
            }

            private sealed class Frame
            {
                public IReadOnlyList<PropertySpec> Slots = Array.Empty<PropertySpec>();
                public readonly Buffer Bytes = new Buffer();
                public readonly List<(int Slot, int Start, int Length)> Present = new List<(int, int, int)>();
            }
        }
    }
}
