namespace GraphPlan.Core.Tests.Seed;

/// <summary>One row of Table 2-1 (the 14th-plan indicators), each cell as printed.</summary>
public sealed record Table21Row(string Category, int Number, string Name, string Unit, string Target, string Attribute);
