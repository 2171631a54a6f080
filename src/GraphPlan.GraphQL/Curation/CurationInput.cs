using GraphPlan.Core.Graph;

namespace GraphPlan.GraphQL.Curation;

/// <summary>Turns the mutation inputs (already coerced by GraphQL: enums, numbers) into domain values.</summary>
internal static class CurationInput
{
    public static Entity ToEntity(Dictionary<string, object?> input) => new()
    {
        Id = (string)input["id"]!,
        Kind = (EntityKind)input["kind"]!,
        Name = (string)input["name"]!,
        NameEn = (string)input["nameEn"]!,
        Aliases = List(input, "aliases").Cast<string>().ToList(),
        Attributes = Maps(input, "attributes").ToDictionary(a => (string)a["key"]!, a => (string)a["value"]!, StringComparer.Ordinal),
        Values = Maps(input, "values").Select(v => new Measurement
        {
            Year = (int)v["year"]!,
            Role = (ValueRole)v["role"]!,
            Text = (string)v["text"]!,
            Kind = v.GetValueOrDefault("kind") as ValueKind? ?? ValueKind.Number,
            Value = v.GetValueOrDefault("value") is { } number ? Convert.ToDecimal(number, System.Globalization.CultureInfo.InvariantCulture) : null,
            Unit = v.GetValueOrDefault("unit") as string,
            Qualifier = v.GetValueOrDefault("qualifier") as Qualifier? ?? Qualifier.Exact,
            Aspirational = v.GetValueOrDefault("aspirational") as bool? ?? false,
        }).ToList(),
        Provenance = Provenance(input),
    };

    public static Relationship ToRelationship(Dictionary<string, object?> input) =>
        new((string)input["from"]!, (RelationshipKind)input["kind"]!, (string)input["to"]!) { Provenance = Provenance(input), Reasoning = input.GetValueOrDefault("reasoning") as string };

    private static List<Provenance> Provenance(Dictionary<string, object?> input) =>
        Maps(input, "provenance").Select(p => new Provenance(
            (string)p["section"]!,
            (string)p["quote"]!,
            p.GetValueOrDefault("basis") as Basis? ?? Basis.Stated,
            p.GetValueOrDefault("source") as string)).ToList();

    private static IEnumerable<object?> List(Dictionary<string, object?> input, string key) =>
        input.GetValueOrDefault(key) as IEnumerable<object?> ?? [];

    private static IEnumerable<Dictionary<string, object?>> Maps(Dictionary<string, object?> input, string key) =>
        List(input, key).OfType<Dictionary<string, object?>>();
}
