using System.IO;
using System.Text;
using System.Xml;

namespace Curata.Knowledge.Tool.Export.Network
{
    /// <summary>
    /// GraphML (http://graphml.graphdrawing.org/xmlns): one directed graph; node data <c>label</c>, <c>type</c> (actor or
    /// event), <c>kind</c> (actor kind or event type), <c>date</c>; edge data <c>label</c> (the predicate, or
    /// <c>participates-in</c>), <c>span</c>, <c>from</c>, <c>to</c>, <c>role</c>. Absent values are left out.
    /// </summary>
    internal static class GraphMlWriter
    {
        private const string Ns = "http://graphml.graphdrawing.org/xmlns";

        public static void Write(ActorNetwork network, Stream stream)
        {
            using var xml = XmlWriter.Create(stream, Settings);
            xml.WriteStartElement("graphml", Ns);
            foreach (var (id, owner) in new[] { ("label", "node"), ("type", "node"), ("kind", "node"), ("date", "node"),
                ("label", "edge"), ("span", "edge"), ("from", "edge"), ("to", "edge"), ("role", "edge") })
            {
                xml.WriteStartElement("key", Ns);
                xml.WriteAttributeString("id", owner + "_" + id);
                xml.WriteAttributeString("for", owner);
                xml.WriteAttributeString("attr.name", id);
                xml.WriteAttributeString("attr.type", "string");
                xml.WriteEndElement();
            }
            xml.WriteStartElement("graph", Ns);
            xml.WriteAttributeString("id", "knowledge");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var node in network.Nodes)
            {
                xml.WriteStartElement("node", Ns);
                xml.WriteAttributeString("id", node.Id);
                Data(xml, "node_label", node.Label);
                Data(xml, "node_type", node.Type);
                Data(xml, "node_kind", node.Kind);
                Data(xml, "node_date", node.Date);
                xml.WriteEndElement();
            }
            foreach (var edge in network.Edges)
            {
                xml.WriteStartElement("edge", Ns);
                xml.WriteAttributeString("id", edge.Id);
                xml.WriteAttributeString("source", edge.Source);
                xml.WriteAttributeString("target", edge.Target);
                Data(xml, "edge_label", edge.Label);
                Data(xml, "edge_span", edge.Span);
                Data(xml, "edge_from", edge.From);
                Data(xml, "edge_to", edge.To);
                Data(xml, "edge_role", edge.Role);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        private static void Data(XmlWriter xml, string key, string? value)
        {
            if (value == null) return;
            xml.WriteStartElement("data", Ns);
            xml.WriteAttributeString("key", key);
            xml.WriteString(value);
            xml.WriteEndElement();
        }

        internal static readonly XmlWriterSettings Settings = new XmlWriterSettings
        {
            Indent = true,
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            // Text from the knowledge (names, titles) may hold characters XML 1.0 cannot carry; fail loudly rather than write a broken file.
            CheckCharacters = true,
        };
    }

    /// <summary>
    /// GEXF 1.3 (http://gexf.net/1.3), static and directed: nodes with <c>label</c> and attributes <c>type</c>, <c>kind</c>,
    /// <c>date</c>; edges with <c>label</c> (the predicate) and attributes <c>span</c>, <c>from</c>, <c>to</c>, <c>role</c>.
    /// </summary>
    internal static class GexfWriter
    {
        private const string Ns = "http://gexf.net/1.3";

        public static void Write(ActorNetwork network, Stream stream)
        {
            using var xml = XmlWriter.Create(stream, GraphMlWriter.Settings);
            xml.WriteStartElement("gexf", Ns);
            xml.WriteAttributeString("version", "1.3");
            xml.WriteStartElement("meta", Ns);
            xml.WriteElementString("creator", Ns, "curata-knowledge export");
            xml.WriteEndElement();
            xml.WriteStartElement("graph", Ns);
            xml.WriteAttributeString("mode", "static");
            xml.WriteAttributeString("defaultedgetype", "directed");
            Attributes(xml, "node", "type", "kind", "date");
            Attributes(xml, "edge", "span", "from", "to", "role");
            xml.WriteStartElement("nodes", Ns);
            foreach (var node in network.Nodes)
            {
                xml.WriteStartElement("node", Ns);
                xml.WriteAttributeString("id", node.Id);
                xml.WriteAttributeString("label", node.Label);
                Values(xml, node.Type, node.Kind, node.Date);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteStartElement("edges", Ns);
            foreach (var edge in network.Edges)
            {
                xml.WriteStartElement("edge", Ns);
                xml.WriteAttributeString("id", edge.Id);
                xml.WriteAttributeString("source", edge.Source);
                xml.WriteAttributeString("target", edge.Target);
                xml.WriteAttributeString("label", edge.Label);
                Values(xml, edge.Span, edge.From, edge.To, edge.Role);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        private static void Attributes(XmlWriter xml, string owner, params string[] names)
        {
            xml.WriteStartElement("attributes", Ns);
            xml.WriteAttributeString("class", owner);
            for (var i = 0; i < names.Length; i++)
            {
                xml.WriteStartElement("attribute", Ns);
                xml.WriteAttributeString("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("title", names[i]);
                xml.WriteAttributeString("type", "string");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }

        // Attribute values by position: the i-th value is attribute i of its class.
        private static void Values(XmlWriter xml, params string?[] values)
        {
            xml.WriteStartElement("attvalues", Ns);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] == null) continue;
                xml.WriteStartElement("attvalue", Ns);
                xml.WriteAttributeString("for", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("value", values[i]);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
    }
}
