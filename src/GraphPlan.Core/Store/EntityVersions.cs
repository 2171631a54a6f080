using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>How a store numbers the versions of the entities it writes, the same for every store.</summary>
public static class EntityVersions
{
    /// <summary>The version an entity gets when it is written: one more than the stored one, 1 for a new entity.</summary>
    public static long Next(Entity? stored) => (stored?.Version ?? 0) + 1;

    /// <summary>
    /// What an import or a plain upsert writes: the entity with its next version, or null when its content
    /// (<see cref="ContentFingerprint.Of(Entity)"/>) is the stored one's, which then keeps its version and is not written.
    /// The Neo4j store makes the same comparison inside its MERGE statement, on the fingerprint stored with each node.
    /// </summary>
    public static Entity? Rewritten(Entity incoming, Entity? stored)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return stored is not null && ContentFingerprint.Of(stored) == ContentFingerprint.Of(incoming) ? null : incoming with { Version = Next(stored) };
    }
}
