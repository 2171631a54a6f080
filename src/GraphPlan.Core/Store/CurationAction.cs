namespace GraphPlan.Core.Store;

/// <summary>What a curator changes.</summary>
public enum CurationAction
{
    UpsertEntity,
    DeleteEntity,
    Link,
    Unlink,
}
