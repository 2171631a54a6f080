namespace GraphPlan.Core.Store;

/// <summary>Which paths between two entities a path search lists.</summary>
public enum PathMode
{
    /// <summary>Every path of the fewest hops (as Neo4j's <c>allShortestPaths</c>).</summary>
    Shortest,

    /// <summary>Every simple path (no entity twice) of at most the hop limit.</summary>
    AllSimple,
}
