using GraphPlan.Core.Store;

namespace GraphPlan.GraphQL.Changes;

/// <summary>A page of the change feed: the matching changes, the last sequence read (the next page's <c>after</c>) and whether more were recorded.</summary>
public sealed record ChangePage(IReadOnlyList<AuditEntry> Changes, long Last, bool HasMore);
