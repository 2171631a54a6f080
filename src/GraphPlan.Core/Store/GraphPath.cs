using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>A path from the start of a traversal to <see cref="End"/>.</summary>
public sealed record GraphPath(string StartId, IReadOnlyList<PathSegment> Segments)
{
    public Entity End => Segments[^1].Entity;

    public int Depth => Segments.Count;
}
