using System.Text.Json;
using System.Text.Json.Serialization;
using GraphPlan.Core.Graph;

namespace GraphPlan.Storage.Embedded;

/// <summary>How entities and provenance are written into the SQLite rows.</summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(Entity entity) => JsonSerializer.Serialize(entity, _options);

    public static string Write(IReadOnlyList<Provenance> provenance) => JsonSerializer.Serialize(provenance, _options);

    public static Entity ReadEntity(string json) =>
        JsonSerializer.Deserialize<Entity>(json, _options) ?? throw new InvalidDataException("empty entity row");

    public static IReadOnlyList<Provenance> ReadProvenance(string json) =>
        JsonSerializer.Deserialize<List<Provenance>>(json, _options) ?? [];
}
