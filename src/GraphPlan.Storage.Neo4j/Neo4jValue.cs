using System.Globalization;
using System.Text.Json;

namespace GraphPlan.Storage.Neo4j;

/// <summary>
/// Turns a Query API value into .NET: plain JSON (numbers, strings, lists, maps, nodes, relationships, paths as
/// alternating lists) and typed JSON (<c>{"$type": "Integer", "_value": "123"}</c> and so on) alike.
/// </summary>
public static class Neo4jValue
{
    /// <summary>
    /// null, bool, long, double, string, byte[] (Base64), <see cref="IReadOnlyList{T}"/> of values (lists and
    /// paths), <see cref="IReadOnlyDictionary{TKey, TValue}"/> (maps), <see cref="Neo4jNode"/> or
    /// <see cref="Neo4jRelationship"/>; temporal and spatial values stay as their ISO-8601 or WKT text.
    /// </summary>
    public static object? Decode(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var integer) ? (object)integer : value.GetDouble(),
        JsonValueKind.Array => value.EnumerateArray().Select(Decode).ToList(),
        _ => DecodeObject(value),
    };

    private static object? DecodeObject(JsonElement value)
    {
        if (value.TryGetProperty("$type", out var type) && value.TryGetProperty("_value", out var inner))
        {
            return DecodeTyped(type.GetString(), inner);
        }

        if (value.TryGetProperty("elementId", out var elementId))
        {
            if (value.TryGetProperty("labels", out var labels))
            {
                return new Neo4jNode(elementId.GetString()!, Strings(labels), Map(value.GetProperty("properties")));
            }

            if (value.TryGetProperty("startNodeElementId", out var start))
            {
                return new Neo4jRelationship(
                    elementId.GetString()!,
                    start.GetString()!,
                    value.GetProperty("endNodeElementId").GetString()!,
                    value.GetProperty("type").GetString()!,
                    Map(value.GetProperty("properties")));
            }
        }

        return Map(value);
    }

    private static object? DecodeTyped(string? type, JsonElement value) => type switch
    {
        "Null" => null,
        "Boolean" => value.GetBoolean(),
        "Integer" => long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture),
        "Float" => value.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var text => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
        },
        "Base64" => Convert.FromBase64String(value.GetString()!),
        "List" or "Path" => value.EnumerateArray().Select(Decode).ToList(),
        "Map" => Map(value),
        "Node" => new Neo4jNode(
            value.GetProperty("_element_id").GetString()!,
            Strings(value.GetProperty("_labels")),
            Map(value.GetProperty("_properties"))),
        "Relationship" => new Neo4jRelationship(
            value.GetProperty("_element_id").GetString()!,
            value.GetProperty("_start_node_element_id").GetString()!,
            value.GetProperty("_end_node_element_id").GetString()!,
            value.GetProperty("_type").GetString()!,
            Map(value.GetProperty("_properties"))),
        _ => value.ValueKind == JsonValueKind.String ? value.GetString() : Decode(value),
    };

    private static Dictionary<string, object?> Map(JsonElement value) =>
        value.EnumerateObject().ToDictionary(p => p.Name, p => Decode(p.Value), StringComparer.Ordinal);

    private static List<string> Strings(JsonElement value) => value.EnumerateArray().Select(e => e.GetString()!).ToList();
}
