using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>Which entities to list, in what order, and which slice of them.</summary>
public sealed record EntityQuery
{
    /// <summary>Only these kinds; empty means every kind.</summary>
    public IReadOnlyList<EntityKind> Kinds { get; init; } = [];

    /// <summary>Case-insensitive text that the Chinese name, English name, an alias or the id contains.</summary>
    public string? Search { get; init; }

    /// <summary>Attributes that must have exactly these values.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>A typed condition the entities must also meet; null means none. Bounded by <see cref="EntityFilterRules"/>.</summary>
    public EntityFilter? Where { get; init; }

    /// <summary>Sort keys in order; when empty, <see cref="OrderBy"/> and <see cref="Descending"/> apply.</summary>
    public IReadOnlyList<EntitySortKey> Sort { get; init; } = [];

    public EntityOrder OrderBy { get; init; } = EntityOrder.Id;

    public bool Descending { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 20;

    /// <summary>The sort keys that apply: <see cref="Sort"/>, or the one key of <see cref="OrderBy"/>.</summary>
    public IReadOnlyList<EntitySortKey> EffectiveSort => Sort.Count > 0 ? Sort : [new EntitySortKey(OrderBy, Descending)];
}
