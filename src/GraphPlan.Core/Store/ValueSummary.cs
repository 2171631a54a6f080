using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// The numeric values of one unit, year and role: how many, of how many entities, and their sum, minimum,
/// maximum and average. Values in different units are never added together.
/// </summary>
public sealed record ValueSummary(string? Unit, int Year, ValueRole Role, int Count, int Entities, decimal Sum, decimal Min, decimal Max, decimal Average);
