namespace GraphPlan.GraphQL.Limits;

/// <summary>One field of a document in a cost estimate: its path, what it and its selections cost, and how its list size was assumed.</summary>
public sealed record FieldCost(string Path, double Cost, double? ListSize, string? SizedBy);
