namespace GraphPlan.Core.Graph;

/// <summary>Where a fact comes from: the section of the plan and the verbatim quote that states it.</summary>
public sealed record Provenance(string Section, string Quote, Basis Basis = Basis.Stated, string? Source = null);
