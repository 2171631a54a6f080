using GraphQL.Types;

namespace GraphPlan.GraphQL.Records;

/// <summary>
/// How an object field (or a list of objects) read from its source (<see cref="SourceFields"/>) is read in one step
/// with its whole selection, when every object type its value can be reads that selection in one step too
/// (<see cref="RecordPlan.IsRead"/>): no execution node, resolver context or task for it or for anything under it (the
/// entities and paths of supporters, the entity at the other end of a relationship).
/// </summary>
internal sealed class ObjectRead(Func<object?, object?> read, IGraphType itemType, bool nonNull, bool list, bool itemsNonNull, (IObjectGraphType Type, RecordPlan Plan)[] plans)
{
    /// <summary>
    /// The read of <paramref name="field"/>, or null when it is not read from the source, is not an object or a list of
    /// objects, or a type it can be does not read the selection in one step (<paramref name="planOf"/> says how each does).
    /// </summary>
    public static ObjectRead? Of(FieldType field, ISchema schema, Func<IObjectGraphType, RecordPlan?> planOf)
    {
        if (SourceFields.ReadOf(field) is not { } read)
        {
            return null;
        }

        var type = Unwrap(field.ResolvedType!, out var nonNull);
        var list = type is ListGraphType;
        var itemsNonNull = false;
        if (list)
        {
            type = Unwrap(((ListGraphType)type).ResolvedType!, out itemsNonNull);
        }

        IEnumerable<IObjectGraphType> types = type switch
        {
            IObjectGraphType objectType => [objectType],
            IAbstractGraphType abstractType => abstractType.PossibleTypes,
            _ => [],
        };
        var plans = new List<(IObjectGraphType, RecordPlan)>();
        foreach (var objectType in types)
        {
            if (planOf(objectType) is not { IsRead: true } plan)
            {
                return null;
            }

            plans.Add((objectType, plan));
        }

        return plans.Count == 0 ? null : new ObjectRead(read, type, nonNull, list, itemsNonNull, [.. plans]);
    }

    /// <summary>
    /// The field's value for <paramref name="source"/>: a <see cref="ReadRecord"/>, an array of them, or null; false
    /// when anything on the way throws, is null where it may not be, or is not of a type the field allows: the object
    /// is then executed field by field, which reports the error where the specification says.
    /// </summary>
    public bool TryRead(object source, ISchema schema, out object? value)
    {
        value = null;
        object? result;
        try
        {
            result = read(source);
        }
#pragma warning disable CA1031 // As for scalars: the field-by-field execution reports it.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }

        if (result is null)
        {
            return !nonNull;
        }

        if (!list)
        {
            var done = TryRecord(result, schema, out var record);
            value = record;
            return done;
        }

        if (result is not System.Collections.IEnumerable items || result is string)
        {
            return false;
        }

        // A collection says its count; anything else is enumerated once, into a list.
        var all = result as System.Collections.ICollection ?? items.Cast<object?>().ToList();
        var records = new ReadRecord?[all.Count];
        var i = 0;
        foreach (var item in all)
        {
            ReadRecord? record = null;
            if (i == records.Length || (item is null ? itemsNonNull : !TryRecord(item, schema, out record)))
            {
                return false;
            }

            records[i++] = record;
        }

        value = records;
        return i == records.Length;
    }

    private bool TryRecord(object source, ISchema schema, out ReadRecord? record)
    {
        record = null;
        var type = itemType is IAbstractGraphType abstractType ? abstractType.GetObjectType(source, schema) : (IObjectGraphType)itemType;
        if (type is null || (type.IsTypeOf is { } isTypeOf && !type.SkipTypeCheck && !isTypeOf(source)))
        {
            return false;
        }

        foreach (var (possible, plan) in plans)
        {
            if (possible == type)
            {
                return plan.TryRead(source, schema, out record);
            }
        }

        return false;
    }

    private static IGraphType Unwrap(IGraphType type, out bool nonNull)
    {
        nonNull = type is NonNullGraphType;
        return nonNull ? ((NonNullGraphType)type).ResolvedType! : type;
    }
}
