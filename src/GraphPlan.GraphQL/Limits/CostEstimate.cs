namespace GraphPlan.GraphQL.Limits;

/// <summary>The estimated cost of an operation and the fields that cost most, most expensive first.</summary>
public sealed record CostEstimate(double Total, IReadOnlyList<FieldCost> Fields);
