namespace GraphPlan.Core.Store;

/// <summary>Sort keys for entity lists; ties are broken by id so pages are stable.</summary>
public enum EntityOrder
{
    Id,
    Name,
    NameEn,
    Kind,

    /// <summary>The attribute named by <see cref="EntitySortKey.Key"/>; entities without it come last when ascending.</summary>
    Attribute,

    /// <summary>The number of the value for <see cref="EntitySortKey.Year"/> and <see cref="EntitySortKey.Role"/>; entities without one come last when ascending.</summary>
    Value,
}
