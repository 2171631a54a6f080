namespace GraphPlan.Core.Store;

/// <summary>The text of an entity a <see cref="TextFilter"/> looks at.</summary>
public enum TextField
{
    Id,
    Name,
    NameEn,

    /// <summary>Any one of the aliases.</summary>
    Alias,

    /// <summary>The attribute named by <see cref="TextFilter.Key"/>; a list-valued attribute matches when one of its items does.</summary>
    Attribute,
}
