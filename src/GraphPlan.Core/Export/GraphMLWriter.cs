using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Core.Export;

/// <summary>
/// Writes a graph as GraphML for graph tools (Gephi, yEd, Cytoscape, NetworkX). Structured data goes in JSON-valued keys.
/// The output goes to the stream in chunks of about <see cref="ChunkBytes"/>, never as one buffer of the whole graph.
/// </summary>
public static class GraphMLWriter
{
    public const int ChunkBytes = 64 * 1024;

    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name)[] _keys =
    [
        ("kind", "node", "kind"), ("name", "node", "name"), ("nameEn", "node", "nameEn"), ("aliases", "node", "aliases"),
        ("attributes", "node", "attributes"), ("values", "node", "values"), ("provenance", "node", "provenance"),
        ("type", "edge", "type"), ("edgeProvenance", "edge", "provenance"), ("reasoning", "edge", "reasoning"),
    ];

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Write(GraphData graph, Stream output) => WriteAsync(graph, output).GetAwaiter().GetResult();

    public static async Task WriteAsync(GraphData graph, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);

        // XmlWriter writes synchronously, which a response stream refuses: it fills a small buffer, which is copied out asynchronously.
        using var chunk = new MemoryStream();
        using var xml = XmlWriter.Create(chunk, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, target, name) in _keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", "string");
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "plan");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var sorted in graph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var entity = ExportText.Clean(sorted);
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", entity.Id);
            Data(xml, "kind", GraphNames.Of(entity.Kind));
            Data(xml, "name", entity.Name);
            Data(xml, "nameEn", entity.NameEn);
            Data(xml, "aliases", JsonSerializer.Serialize(entity.Aliases, _json));
            Data(xml, "attributes", JsonSerializer.Serialize(entity.Attributes, _json));
            Data(xml, "values", JsonSerializer.Serialize(entity.Values, _json));
            Data(xml, "provenance", JsonSerializer.Serialize(entity.Provenance, _json));
            xml.WriteEndElement();
            await CopyIfFullAsync(xml, chunk, output, cancellationToken).ConfigureAwait(false);
        }

        foreach (var sorted in graph.Relationships.Order(RelationshipOrder.ById))
        {
            var relationship = ExportText.Clean(sorted);
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", relationship.Id);
            xml.WriteAttributeString("source", relationship.From);
            xml.WriteAttributeString("target", relationship.To);
            Data(xml, "type", GraphNames.Of(relationship.Kind));
            Data(xml, "edgeProvenance", JsonSerializer.Serialize(relationship.Provenance, _json));
            if (relationship.Reasoning is not null)
            {
                Data(xml, "reasoning", relationship.Reasoning);
            }

            xml.WriteEndElement();
            await CopyIfFullAsync(xml, chunk, output, cancellationToken).ConfigureAwait(false);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        await CopyAsync(chunk, output, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask CopyIfFullAsync(XmlWriter xml, MemoryStream chunk, Stream output, CancellationToken cancellationToken)
    {
        xml.Flush();
        if (chunk.Length >= ChunkBytes)
        {
            await CopyAsync(chunk, output, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask CopyAsync(MemoryStream chunk, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(chunk.GetBuffer().AsMemory(0, (int)chunk.Length), cancellationToken).ConfigureAwait(false);
        chunk.SetLength(0);
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
