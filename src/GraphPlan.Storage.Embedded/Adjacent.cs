using GraphPlan.Core.Graph;

namespace GraphPlan.Storage.Embedded;

/// <summary>One end of an adjacency list: the relationship and the node at its other end, so a hop needs no lookup by id.</summary>
internal readonly record struct Adjacent(Relationship Relationship, EntityNode Other);
