using GraphQL.Types;

namespace GraphPlan.GraphQL.Records;

/// <summary>How one scalar field is read from its source in one step: the recorded read (or a constant, for <c>__typename</c>), the scalar that serializes it, and whether it may be null.</summary>
internal readonly record struct ScalarRead(Func<object?, object?>? Read, ScalarGraphType Scalar, bool NonNull, object? Constant)
{
    /// <summary>The read of <paramref name="field"/> on <paramref name="type"/>, or null when the field must be executed on its own.</summary>
    public static ScalarRead? Of(FieldType field, IObjectGraphType type, ISchema schema)
    {
        var nonNull = field.ResolvedType is NonNullGraphType;
        if ((nonNull ? ((NonNullGraphType)field.ResolvedType!).ResolvedType : field.ResolvedType) is not ScalarGraphType scalar)
        {
            return null;
        }

        if (field == schema.TypeNameMetaFieldType)
        {
            return new ScalarRead(null, scalar, nonNull, type.Name);
        }

        return SourceFields.ReadOf(field) is { } read ? new ScalarRead(read, scalar, nonNull, null) : null;
    }

    /// <summary>
    /// The serialized value for <paramref name="source"/>; false when the read throws or a non-null field reads null:
    /// the object is then executed field by field, which reports the error where the specification says.
    /// </summary>
    public bool TryRead(object source, out object? value)
    {
        try
        {
            value = Read is null ? Constant : Scalar.Serialize(Read(source));
        }
#pragma warning disable CA1031 // Any failure is reported by the field-by-field execution that runs instead.
        catch (Exception)
#pragma warning restore CA1031
        {
            value = null;
            return false;
        }

        return value is not null || !NonNull;
    }
}
