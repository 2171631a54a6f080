namespace GraphPlan.Core.Store;

/// <summary>
/// One group of a count: the key (kind, entity id, attribute value, relationship kind or basis, as GraphQL spells
/// them), the related entity's name for industry, platform and chapter groups, and the count. Key null: none.
/// </summary>
public sealed record CountGroup(string? Key, string? Name, int Count);
