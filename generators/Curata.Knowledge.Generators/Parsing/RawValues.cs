using System.Collections.Generic;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>Turns a parsed JSON value into a <see cref="RawValue"/>: plain data with locations, safe to keep in a cached model.</summary>
    internal static class RawValues
    {
        public static RawValue From(ReadContext context, JsonNode node)
        {
            var location = context.Locate(node);
            switch (node)
            {
                case JsonString text:
                    return new RawValue(JsonKind.String, text.Value, default, default, location);
                case JsonNumber number:
                    return new RawValue(JsonKind.Number, number.Text, default, default, location);
                case JsonArray array:
                    var items = new List<RawValue>(array.Items.Length);
                    foreach (var item in array.Items) items.Add(From(context, item));
                    return new RawValue(JsonKind.Array, null, items.ToEquatableArray(), default, location);
                case JsonObject obj:
                    var properties = new List<RawProperty>(obj.Properties.Length);
                    foreach (var property in obj.Properties)
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
