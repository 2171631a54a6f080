using System.Text.Json;
using System.Text.Json.Serialization;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Neo4j;

/// <summary>
/// How an entity is stored on its node: scalar properties for what Cypher filters and sorts on, JSON strings for
/// the nested parts (Neo4j properties cannot hold maps), and three derived lists for matching (the quotes feed the full-text index).
/// </summary>
internal static class EntityProperties
{
    /// <summary>The map projection that reads back everything <see cref="FromJson"/> needs.</summary>
    public const string Projection = "{.id, .kind, .name, .nameEn, .aliases, .attributes, .values, .provenance, .version}";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// The text a search must find as a substring of one of the terms; upper-cased with the invariant culture,
    /// which is what <see cref="StringComparison.OrdinalIgnoreCase"/> (the embedded store's rule) compares.
    /// </summary>
    public static string SearchKey(string text) => text.ToUpperInvariant();

    /// <summary><c>key=value</c>: attribute keys come from a closed set without '=', so equal pairs mean equal attributes.</summary>
    public static string AttributePair(string key, string value) => $"{key}={value}";

    public static Dictionary<string, object?> Row(Entity entity) => new(StringComparer.Ordinal)
    {
        ["id"] = entity.Id,
        ["kind"] = GraphNames.Of(entity.Kind),
        ["props"] = Properties(entity),
    };

    public static Dictionary<string, object?> Properties(Entity entity) => new(StringComparer.Ordinal)
    {
        ["id"] = entity.Id,
        ["kind"] = GraphNames.Of(entity.Kind),
        ["name"] = entity.Name,
        ["nameEn"] = entity.NameEn,
        ["aliases"] = entity.Aliases.ToList(),
        ["searchText"] = new[] { entity.Name, entity.NameEn, entity.Id }.Concat(entity.Aliases).Select(SearchKey).ToList(),
        ["attributePairs"] = entity.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => AttributePair(p.Key, p.Value)).ToList(),
        ["attributes"] = JsonSerializer.Serialize(entity.Attributes, _json),
        ["values"] = JsonSerializer.Serialize(entity.Values, _json),
        ["provenance"] = ProvenanceJson(entity.Provenance),
        ["fingerprint"] = ContentFingerprint.Of(entity),
        ["citedSections"] = entity.Provenance.Select(p => p.Section).Distinct(StringComparer.Ordinal).ToList(),
        ["valueYears"] = entity.Values.Select(v => (long)v.Year).ToList(),
        ["valueRoles"] = entity.Values.Select(v => v.Role.ToString()).ToList(),
        ["valueKinds"] = entity.Values.Select(v => v.Kind.ToString()).ToList(),
        ["valueUnits"] = entity.Values.Select(v => v.Unit ?? string.Empty).ToList(),
        ["valueNumbers"] = entity.Values.Select(v => NumberText(v.Value)).ToList(),
        ["quotes"] = entity.Provenance.Select(p => p.Quote).Distinct(StringComparer.Ordinal).ToList(),
    };

    /// <summary>
    /// A value's number as invariant text, empty for none: Neo4j lists must hold one type, and JSON would send 100 as an
    /// integer beside 2.5 as a float; Cypher reads them back with <c>toFloat</c> (null for the empty text).
    /// </summary>
    public static string NumberText(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    public static string ProvenanceJson(IReadOnlyList<Provenance> provenance) => JsonSerializer.Serialize(provenance, _json);

    /// <summary>A relationship's reasoning property; absent (null) when the link cites a sentence that states it.</summary>
    public static string? ReadReasoning(JsonElement json) => json.ValueKind == JsonValueKind.String ? json.GetString() : null;

    public static IReadOnlyList<Provenance> ReadProvenance(JsonElement json) =>
        json.ValueKind == JsonValueKind.String ? JsonSerializer.Deserialize<List<Provenance>>(json.GetString()!, _json) ?? [] : [];

    public static Entity FromJson(JsonElement node)
    {
        var kindName = node.GetProperty("kind").GetString();
        if (!Enum.TryParse<EntityKind>(kindName, ignoreCase: false, out var kind))
        {
            throw new Neo4jException($"node '{node.GetProperty("id").GetString()}' has an unknown kind '{kindName}'");
        }

        return new Entity
        {
            Id = node.GetProperty("id").GetString()!,
            Kind = kind,
            Name = node.GetProperty("name").GetString()!,
            NameEn = node.GetProperty("nameEn").GetString()!,
            Aliases = node.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array
                ? aliases.EnumerateArray().Select(a => a.GetString()!).ToList()
                : [],
            Attributes = Read<Dictionary<string, string>>(node, "attributes") ?? [],
            Values = Read<List<Measurement>>(node, "values") ?? [],
            Provenance = Read<List<Provenance>>(node, "provenance") ?? [],
            Version = node.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number ? version.GetInt64() : 0,
        };
    }

    private static T? Read<T>(JsonElement node, string property)
        where T : class =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? JsonSerializer.Deserialize<T>(value.GetString()!, _json)
            : null;
}
