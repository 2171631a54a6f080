using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphPlan.GraphQL.Records;

/// <summary>
/// How an object type's selection is completed: the response names in order, and for each field either its
/// <see cref="ScalarRead"/>, its <see cref="ObjectRead"/>, or the field to execute as a child node.
/// </summary>
internal sealed class RecordPlan
{
    /// <summary>The plan of <paramref name="fields"/> (the selection collected for <paramref name="type"/>); <paramref name="objectRead"/> says how an object field is read in one step, when it can be (none: never).</summary>
    public RecordPlan(Dictionary<string, (GraphQLField Field, FieldType FieldType)> fields, IObjectGraphType type, ISchema schema, Func<GraphQLField, FieldType, ObjectRead?>? objectRead = null)
    {
        Names = [.. fields.Keys];
        Fields = [.. fields.Values.Select(f => ScalarRead.Of(f.FieldType, type, schema) is { } scalar
            ? new Planned(scalar, null, f.Field, f.FieldType)
            : new Planned(null, objectRead?.Invoke(f.Field, f.FieldType), f.Field, f.FieldType))];
        Children = Fields.Count(f => !f.IsRead);
    }

    /// <summary>Response names (aliases where given), in the order the selection asks for them.</summary>
    public string[] Names { get; }

    public Planned[] Fields { get; }

    /// <summary>How many fields are executed as child nodes.</summary>
    public int Children { get; }

    /// <summary>True when every field is read in one step: the whole selection can be a <see cref="ReadRecord"/>.</summary>
    public bool IsRead => Children == 0;

    /// <summary>Reads the selection of an <see cref="IsRead"/> plan from <paramref name="source"/>; false when a read fails.</summary>
    public bool TryRead(object source, ISchema schema, out ReadRecord? record)
    {
        record = null;
        var values = new object?[Fields.Length];
        for (var i = 0; i < Fields.Length; i++)
        {
            if (!Fields[i].TryRead(source, schema, out values[i]))
            {
                return false;
            }
        }

        record = new ReadRecord(Names, values);
        return true;
    }

    /// <summary>
    /// A field of the plan: a scalar read in one step when <see cref="Read"/> is set, an object read in one step when
    /// <see cref="Object"/> is, else executed as a child node.
    /// </summary>
    public readonly record struct Planned(ScalarRead? Read, ObjectRead? Object, GraphQLField Field, FieldType FieldType)
    {
        /// <summary>True when the field is read in one step (scalar or object), false when it is executed as a child node.</summary>
        public bool IsRead => Read is not null || Object is not null;

        /// <summary>The field's value read in one step; false when the read fails, or the field is executed as a child node.</summary>
        public bool TryRead(object source, ISchema schema, out object? value)
        {
            if (Read is { } scalar)
            {
                return scalar.TryRead(source, out value);
            }

            value = null;
            return Object is { } objectRead && objectRead.TryRead(source, schema, out value);
        }
    }
}
