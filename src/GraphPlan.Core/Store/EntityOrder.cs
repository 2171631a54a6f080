namespace GraphPlan.Core.Store;

/// <summary>Sort keys for entity lists; ties are broken by id so pages are stable.</summary>
public enum EntityOrder
{
    Id,
    Name,
    NameEn,
    Kind,
}
