using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>How audit entries record the state before and after a write, the same for every store.</summary>
public static class CurationJson
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string? Of(Entity? entity) => entity is null ? null : JsonSerializer.Serialize(entity, _options);

    public static string? Of(Relationship? relationship) => relationship is null ? null : JsonSerializer.Serialize(relationship, _options);
}
