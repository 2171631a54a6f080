using GraphPlan.GraphQL.Records;
using GraphQL.Execution;

namespace GraphPlan.GraphQL.Limits;

/// <summary>What an executed operation cost by the same rule as the estimate: 1 for every field resolved (introspection 0), list items counted one by one.</summary>
public static class ActualCost
{
    public static double Of(object? data) => data is ExecutionNode root ? Count(root, isItem: true) : 0;

    private static double Count(ExecutionNode node, bool isItem)
    {
        double cost = isItem ? 0 : Cost(node.Name);
        switch (node)
        {
            case ArrayExecutionNode array:
                foreach (var item in array.Items ?? [])
                {
                    cost += Count(item, isItem: true);
                }

                break;
            case RecordNode { Values: { } values, SubFields: not null } record:
                cost += Fields(record.Names, values);
                break;
            case ObjectExecutionNode obj:
                foreach (var field in obj.SubFields ?? [])
                {
                    cost += Count(field, isItem: false);
                }

                break;
        }

        return cost;
    }

    /// <summary>The fields of an object read in one step: each value a child node, or a value with the fields read under it.</summary>
    private static double Fields(IReadOnlyList<string> names, IReadOnlyList<object?> values)
    {
        double cost = 0;
        for (var i = 0; i < values.Count; i++)
        {
            cost += values[i] is ExecutionNode child ? Count(child, isItem: false) : Cost(names[i]) + Count(values[i]);
        }

        return cost;
    }

    /// <summary>The fields under a value read in one step (a <see cref="ReadRecord"/> or a list of them; none under a scalar).</summary>
    private static double Count(object? value) => value switch
    {
        ReadRecord record => Fields(record.Names, record.Values),
        ReadRecord?[] records => records.Sum(Count),
        _ => 0,
    };

    private static double Cost(string? field) => field is null || field.StartsWith("__", StringComparison.Ordinal) ? 0 : 1;
}
