using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>An entity and how many relationships it has (ranked by degree, most first, then by id).</summary>
public sealed record EntityDegree(Entity Entity, int Degree);
