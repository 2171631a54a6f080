namespace GraphPlan.Core.Graph;

/// <summary>A node of the plan graph.</summary>
public sealed record Entity
{
    private readonly object? _citations = Array.Empty<Provenance>();

    /// <summary>Stable, human-readable id: the kind in lower case, a colon, a slug (e.g. <c>industry:hydrogen</c>).</summary>
    public required string Id { get; init; }

    public required EntityKind Kind { get; init; }

    /// <summary>The Chinese name exactly as the plan writes it.</summary>
    public required string Name { get; init; }

    public required string NameEn { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Kind-specific attributes (unit, category, status, ...); keys and values are checked by <see cref="EntityRules"/>.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<Measurement> Values { get; init; } = [];

    public IReadOnlyList<Provenance> Provenance
    {
        get => CitationSlot.Read(_citations);
        init => _citations = CitationSlot.Hold(value);
    }

    /// <summary>Set by the store: 1 when first written, one more on every write since. Curators send it back to detect conflicts.</summary>
    public long Version { get; init; }

    public string? Attribute(string key) => Attributes.TryGetValue(key, out var value) ? value : null;
}
