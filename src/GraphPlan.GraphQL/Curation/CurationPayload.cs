using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.GraphQL.Curation;

/// <summary>What a curation mutation answers: its audit entry and, for entity writes, the entity as stored.</summary>
public sealed record CurationPayload(AuditEntry Audit, Entity? Entity);
