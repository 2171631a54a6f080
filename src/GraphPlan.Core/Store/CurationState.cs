using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// What a store holds of a curation's subject when the curation is planned (<see cref="CurationPlanner"/>): for an
/// upsert or delete the stored entity; for a link or unlink the stored relationship of the same kind between the same
/// entities, and for a link the kinds of its two ends. What does not exist is null.
/// </summary>
public sealed record CurationState
{
    public static CurationState Empty { get; } = new();

    public Entity? Entity { get; init; }

    public Relationship? Relationship { get; init; }

    public EntityKind? FromKind { get; init; }

    public EntityKind? ToKind { get; init; }
}
