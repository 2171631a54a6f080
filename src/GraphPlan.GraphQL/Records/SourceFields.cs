using GraphQL.Builders;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Records;

/// <summary>
/// Fields whose value is read from the source object alone: no arguments, services, context or I/O. Such a field keeps
/// its ordinary resolver, and the same read is recorded on the field, so such a scalar field is read when its object is
/// completed (<see cref="RecordExecutionStrategy"/>) instead of through an execution node of its own.
/// </summary>
public static class SourceFields
{
    private const string ReadKey = "graphplan:source-read";

    /// <summary>Resolves the field with <paramref name="read"/> applied to the source, and records the read on the field.</summary>
    public static FieldBuilder<TSource, TReturn> ResolveSource<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Func<TSource, TReturn?> read)
    {
        field.Resolve(context => read(context.Source));
        field.FieldType.Metadata[ReadKey] = new Func<object?, object?>(source => read((TSource)source!));
        return field;
    }

    /// <summary>The read recorded by <see cref="ResolveSource{TSource, TReturn}"/>, or null for any other field.</summary>
    internal static Func<object?, object?>? ReadOf(FieldType field) =>
        field.GetMetadata<Func<object?, object?>>(ReadKey);
}
