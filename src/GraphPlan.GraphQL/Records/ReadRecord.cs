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
        ReadRecord record => record.ToDictionary(),
        ReadRecord?[] records => Array.ConvertAll(records, r => (object?)r?.ToDictionary()),
        _ => value,
    };

    private Dictionary<string, object?> ToDictionary()
    {
        var fields = new Dictionary<string, object?>(Values.Length);
        for (var i = 0; i < Values.Length; i++)
        {
            fields.Add(Names[i], ToValue(Values[i]));
        }

        return fields;
    }
}
