using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Search;

/// <summary>An entity that matched, its score (higher is better; comparable within one result only) and where it matched.</summary>
public sealed record SearchHit(Entity Entity, double Score, IReadOnlyList<SearchHighlight> Highlights);
