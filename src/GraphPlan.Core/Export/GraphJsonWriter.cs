using System.Text.Encodings.Web;
using System.Text.Json;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Core.Export;

/// <summary>
/// Writes a graph as one JSON document of nodes and edges: nodes with id, kinds, name, English name, aliases,
/// properties (attributes and values) and provenance; edges with id, type, source, target, provenance and (for an inferred link) reasoning.
/// The output goes to the stream in chunks of about <see cref="ChunkBytes"/>, never as one buffer of the whole graph.
/// </summary>
public static class GraphJsonWriter
{
    public const int ChunkBytes = 64 * 1024;

    private static readonly JsonWriterOptions _options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(GraphData graph, Stream output) => WriteAsync(graph, output).GetAwaiter().GetResult();

    public static async Task WriteAsync(GraphData graph, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await using var json = new Utf8JsonWriter(output, _options);
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        foreach (var sorted in graph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var entity = ExportText.Clean(sorted);
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            json.WriteStartArray("kinds");
            json.WriteStringValue(GraphNames.Of(entity.Kind));
            json.WriteEndArray();
            json.WriteString("name", entity.Name);
            json.WriteString("nameEn", entity.NameEn);
            WriteStrings(json, "aliases", entity.Aliases);
            json.WriteStartObject("properties");
            foreach (var (key, value) in entity.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteString(key, value);
            }

            if (entity.Values.Count > 0)
            {
                json.WriteStartArray("values");
                foreach (var value in entity.Values)
                {
                    WriteValue(json, value);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            WriteProvenance(json, entity.Provenance);
            json.WriteEndObject();
            await FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var sorted in graph.Relationships.Order(RelationshipOrder.ById))
        {
            var relationship = ExportText.Clean(sorted);
            json.WriteStartObject();
            json.WriteString("id", relationship.Id);
            json.WriteString("type", GraphNames.Of(relationship.Kind));
            json.WriteString("source", relationship.From);
            json.WriteString("target", relationship.To);
            WriteProvenance(json, relationship.Provenance);
            if (relationship.Reasoning is not null)
            {
                json.WriteString("reasoning", relationship.Reasoning);
            }

            json.WriteEndObject();
            await FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask FlushIfFullAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        if (json.BytesPending >= ChunkBytes)
        {
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteValue(Utf8JsonWriter json, Measurement value)
    {
        json.WriteStartObject();
        json.WriteNumber("year", value.Year);
        json.WriteString("role", GraphNames.Of(value.Role));
        json.WriteString("text", value.Text);
        json.WriteString("kind", GraphNames.Of(value.Kind));
        if (value.Value is { } number)
        {
            json.WriteNumber("value", number);
        }

        if (value.Unit is not null)
        {
            json.WriteString("unit", value.Unit);
        }

        json.WriteString("qualifier", GraphNames.Of(value.Qualifier));
        json.WriteBoolean("aspirational", value.Aspirational);
        json.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter json, IReadOnlyList<Provenance> provenance)
    {
        json.WriteStartArray("provenance");
        foreach (var p in provenance)
        {
            json.WriteStartObject();
            json.WriteString("section", p.Section);
            json.WriteString("quote", p.Quote);
            json.WriteString("basis", GraphNames.Of(p.Basis));
            if (p.Source is not null)
            {
                json.WriteString("source", p.Source);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
