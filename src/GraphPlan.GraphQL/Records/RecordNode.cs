using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphPlan.GraphQL.Records;

/// <summary>
/// An object in the response whose scalar fields read from the source were read in one step and kept as values; its
/// other fields are child nodes, executed as usual, and sit among the values in the order the selection asks for them.
/// Until completed (or when it cannot be), an ordinary object node with one child node per field.
/// </summary>
public sealed class RecordNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode)
    : ObjectExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode)
{
    /// <summary>Response names of <see cref="Values"/>, when read in one step.</summary>
    public IReadOnlyList<string> Names { get; private set; } = [];

    /// <summary>
    /// Each field's serialized value (a <see cref="ReadRecord"/> or an array of them for an object read in one step),
    /// or its child node (an <see cref="ExecutionNode"/>), when read in one step.
    /// </summary>
    public IReadOnlyList<object?>? Values { get; private set; }

    internal void Complete(string[] names, object?[] values, ExecutionNode[] children)
    {
        Names = names;
        Values = values;
        SubFields = children;
    }

    public override object? ToValue()
    {
        if (Values is not { } values)
        {
            return base.ToValue();
        }

        if (SubFields is null)
        {
            return null;
        }

        return ReadRecord.ToDictionary(Names, values);
    }
}
