namespace GraphPlan.Core.Graph;

/// <summary>Something wrong with one entity or relationship of a graph.</summary>
public sealed record GraphProblem(string Subject, string Problem)
{
    public override string ToString() => $"{Subject}: {Problem}";
}
