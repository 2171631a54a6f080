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
                for (var i = 0; i < values.Count; i++)
                {
                    cost += values[i] is ExecutionNode child ? Count(child, isItem: false) : Cost(record.Names[i]) + Count(values[i]);
                }

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

    /// <summary>The fields under a value read in one step (a <see cref="ReadRecord"/> or a list of them; none under a scalar).</summary>
    private static double Count(object? value)
    {
        double cost = 0;
        switch (value)
        {
            case ReadRecord record:
                for (var i = 0; i < record.Values.Length; i++)
                {
                    cost += Cost(record.Names[i]) + Count(record.Values[i]);
                }

                break;
            case ReadRecord?[] records:
                foreach (var item in records)
                {
                    cost += Count(item);
                }

                break;
        }

        return cost;
    }

    private static double Cost(string? field) => field is null || field.StartsWith("__", StringComparison.Ordinal) ? 0 : 1;
}
