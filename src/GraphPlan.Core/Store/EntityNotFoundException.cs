namespace GraphPlan.Core.Store;

/// <summary>An operation named an entity id that the store does not hold.</summary>
public sealed class EntityNotFoundException(string id) : Exception($"No entity has the id '{id}'.")
{
    public string Id { get; } = id;
}
