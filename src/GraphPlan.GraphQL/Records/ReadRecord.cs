using GraphQL.Execution;

namespace GraphPlan.GraphQL.Records;

/// <summary>
/// An object of the response read in one step with everything under it (<see cref="ObjectRead"/>): its response names
/// and values, where a value is a serialized scalar, another <see cref="ReadRecord"/>, or a list of them
/// (<c>ReadRecord?[]</c>). No execution node stands behind it.
/// </summary>
internal sealed class ReadRecord(string[] names, object?[] values)
{
    public string[] Names { get; } = names;

    public object?[] Values { get; } = values;

    /// <summary>A value of a record as GraphQL.NET's <c>ToValue</c> gives one: objects as dictionaries, lists as arrays.</summary>
    public static object? ToValue(object? value) => value switch
    {
        ReadRecord record => ToDictionary(record.Names, record.Values),
        ReadRecord?[] records => Array.ConvertAll(records, ToValue),
        _ => value,
    };

    /// <summary>An object read in one step as a dictionary: each value as <see cref="ToValue(object?)"/> gives it, or its child node's value.</summary>
    public static Dictionary<string, object?> ToDictionary(IReadOnlyList<string> names, IReadOnlyList<object?> values)
    {
        var fields = new Dictionary<string, object?>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            fields.Add(names[i], values[i] is ExecutionNode child ? child.ToValue() : ToValue(values[i]));
        }

        return fields;
    }
}
