using System.Text.Json;
using GraphPlan.Core.Graph;

namespace GraphPlan.Storage.Embedded;

/// <summary>How entities and provenance are written into the SQLite rows (source-generated serializers).</summary>
internal static class StoredJson
{
    public static string Write(Entity entity) => JsonSerializer.Serialize(entity, StoredJsonContext.Default.Entity);

    public static string Write(IReadOnlyList<Provenance> provenance) => JsonSerializer.Serialize(provenance, StoredJsonContext.Default.IReadOnlyListProvenance);

    public static Entity ReadEntity(string json) =>
        JsonSerializer.Deserialize(json, StoredJsonContext.Default.Entity) ?? throw new InvalidDataException("empty entity row");

    public static Entity ReadEntity(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, StoredJsonContext.Default.Entity) ?? throw new InvalidDataException("empty entity row");

    public static IReadOnlyList<Provenance> ReadProvenance(string json) =>
        JsonSerializer.Deserialize(json, StoredJsonContext.Default.ListProvenance) ?? [];

    public static IReadOnlyList<Provenance> ReadProvenance(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, StoredJsonContext.Default.ListProvenance) ?? [];
}
