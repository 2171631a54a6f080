using System.Text.Json;
using System.Text.Json.Serialization;
using GraphPlan.Core.Graph;

namespace GraphPlan.Storage.Embedded;

/// <summary>
/// Compile-time JSON metadata for the stored rows: the same shape as the reflection-based web defaults with enums as
/// names, without building serializers by reflection at start-up.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(List<Provenance>))]
[JsonSerializable(typeof(IReadOnlyList<Provenance>))]
internal sealed partial class StoredJsonContext : JsonSerializerContext;
