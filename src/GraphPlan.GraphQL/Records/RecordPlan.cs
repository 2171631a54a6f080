using GraphQL.Types;

namespace GraphPlan.GraphQL.Records;

/// <summary>
/// The selection of one object type when every selected field is a scalar read from the source (or <c>__typename</c>):
/// the response names in order, and for each the read, the scalar that serializes it and whether it may be null.
/// </summary>
internal sealed class RecordPlan
{
    private readonly Field[] _fields;

    public RecordPlan(IReadOnlyList<(string Name, Func<object?, object?>? Read, ScalarGraphType Scalar, bool NonNull, object? Constant)> fields)
    {
        _fields = fields.Select(f => new Field(f.Read, f.Scalar, f.NonNull, f.Constant)).ToArray();
        Names = fields.Select(f => f.Name).ToArray();
        Cost = Names.Count(name => !name.StartsWith("__", StringComparison.Ordinal));
    }

    /// <summary>Response names (aliases where given), in the order the selection asks for them.</summary>
    public string[] Names { get; }

    /// <summary>Fields counted by the cost rule: all but introspection's.</summary>
    public int Cost { get; }

    /// <summary>
    /// The serialized value of each field for <paramref name="source"/>, or null when a read throws or a non-null field
    /// reads null: that object is then executed field by field, which reports the error where the specification says.
    /// </summary>
    public object?[]? Read(object source)
    {
        var values = new object?[_fields.Length];
        for (var i = 0; i < _fields.Length; i++)
        {
            var field = _fields[i];
            object? value;
            try
            {
                value = field.Read is null ? field.Constant : field.Scalar.Serialize(field.Read(source));
            }
#pragma warning disable CA1031 // Any failure is reported by the field-by-field execution that runs instead.
            catch (Exception)
#pragma warning restore CA1031
            {
                return null;
            }

            if (value is null && field.NonNull)
            {
                return null;
            }

            values[i] = value;
        }

        return values;
    }

    private readonly record struct Field(Func<object?, object?>? Read, ScalarGraphType Scalar, bool NonNull, object? Constant);
}
