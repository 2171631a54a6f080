using System.Globalization;
using System.Text;
using GraphPlan.GraphQL.Limits;
using GraphQL;

namespace GraphPlan.GraphQL.Errors;

/// <summary>
/// A refusal by the cost model: the message names the estimate, the budget, the most expensive list fields with the
/// size assumed for each and what sized it, and what to change; <c>extensions.cost</c> carries the same as data.
/// </summary>
public sealed class CostLimitError : ExecutionError
{
    public CostLimitError(CostEstimate estimate, int budget)
        : base(Describe(estimate, budget))
    {
        Code = ErrorCodes.Complexity;
        Estimate = estimate;
        Budget = budget;
    }

    public CostEstimate Estimate { get; }

    public int Budget { get; }

    /// <summary>The <c>extensions.cost</c> of the error.</summary>
    public Dictionary<string, object?> Extension() => new(StringComparer.Ordinal)
    {
        ["estimated"] = Estimate.Total,
        ["budget"] = Budget,
        ["fields"] = Estimate.Fields.Select(f => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["path"] = f.Path,
            ["cost"] = f.Cost,
            ["assumedSize"] = f.ListSize,
            ["sizedBy"] = f.SizedBy,
        }).ToList(),
    };

    private static string Describe(CostEstimate estimate, int budget)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"The estimated query cost is {estimate.Total:0}; the budget is {budget} (GraphQL:Limits:MaxComplexity)."));
        if (estimate.Fields.Count == 0)
        {
            return text.ToString();
        }

        text.Append(" Most expensive: ");
        text.AppendJoin("; ", estimate.Fields.Select(f => f.ListSize is { } size
            ? string.Create(CultureInfo.InvariantCulture, $"{f.Path} ({f.Cost:0}, {size:0.#} items assumed from {f.SizedBy})")
            : string.Create(CultureInfo.InvariantCulture, $"{f.Path} ({f.Cost:0})")));
        text.Append(". To fit: ");
        var top = estimate.Fields[0];
        text.Append(top.SizedBy switch
        {
            { } by when by.StartsWith("first", StringComparison.Ordinal) => $"pass a smaller `first` to {Owner(by, top.Path)}, or select fewer fields inside {top.Path}",
            { } by when by.StartsWith("maxDepth", StringComparison.Ordinal) => $"lower `maxDepth` of {Owner(by, top.Path)}, filter it (`kinds`, `minBasis`), or select fewer fields per node (e.g. drop `path` or its `provenance`)",
            { } by when by.StartsWith("depth", StringComparison.Ordinal) => $"lower `depth` or `maxNodes` of {Owner(by, top.Path)}, or select fewer fields per node",
            { } by when by.StartsWith("the default list size", StringComparison.Ordinal) => $"narrow {top.Path} (arguments such as `kinds`), page the list above it with a smaller `first`, or select fewer fields inside it",
            _ => $"select fewer fields inside {top.Path}, or make the lists above it shorter",
        });
        text.Append("; or split the query in several requests.");
        return text.ToString();
    }

    /// <summary>The field whose arguments sized the list: named after " of " in <paramref name="sizedBy"/>, else the list itself.</summary>
    private static string Owner(string sizedBy, string path) => sizedBy.LastIndexOf(" of ", StringComparison.Ordinal) is var at and >= 0 ? sizedBy[(at + 4)..] : path;
}
