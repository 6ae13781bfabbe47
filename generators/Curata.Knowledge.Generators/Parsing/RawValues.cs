using System.Collections.Generic;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>Turns a parsed JSON value into a <see cref="RawValue"/>: plain data with locations, safe to keep in a cached model.</summary>
    internal static class RawValues
    {
        public static RawValue From(ReadContext context, JsonValue node)
        {
            var location = context.Locate(node);
            switch (node.Kind)
            {
                case JsonKind.String:
                    return new RawValue(JsonKind.String, node.String, default, default, location);
                case JsonKind.Number:
                    return new RawValue(JsonKind.Number, node.NumberText, default, default, location);
                case JsonKind.Array:
                    var items = new List<RawValue>(node.Items.Count);
                    foreach (var item in node.Items) items.Add(From(context, item));
                    return new RawValue(JsonKind.Array, null, items.ToEquatableArray(), default, location);
                case JsonKind.Object:
                    var properties = new List<RawProperty>(node.Properties.Count);
                    foreach (var property in node.Properties)
                    {
                        properties.Add(new RawProperty(
                            new NameRef(property.Name, context.Locate(property.NameStart, property.NameEnd - property.NameStart)),
                            From(context, property.Value)));
                    }
                    return new RawValue(JsonKind.Object, null, default, properties.ToEquatableArray(), location);
                default:
                    return new RawValue(node.Kind, null, default, default, location);
            }
        }
    }
}
