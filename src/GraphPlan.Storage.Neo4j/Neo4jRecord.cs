using System.Text.Json;

namespace GraphPlan.Storage.Neo4j;

/// <summary>One row of a result: the raw JSON value of each field, by name.</summary>
public sealed class Neo4jRecord
{
    private readonly IReadOnlyDictionary<string, int> _index;
    private readonly JsonElement[] _values;

    internal Neo4jRecord(IReadOnlyDictionary<string, int> index, JsonElement[] values)
    {
        _index = index;
        _values = values;
    }

    public JsonElement this[string field] => _index.TryGetValue(field, out var i) && i < _values.Length
        ? _values[i]
        : throw new KeyNotFoundException($"the result has no field '{field}' (fields: {string.Join(", ", _index.Keys)})");

    /// <summary>The field as a .NET value: see <see cref="Neo4jValue.Decode"/>.</summary>
    public object? Decode(string field) => Neo4jValue.Decode(this[field]);
}
