namespace GraphPlan.Core.Graph;

/// <summary>Which way a relationship is followed from the entity at hand.</summary>
public enum Direction
{
    Outgoing,
    Incoming,
    Both,
}
