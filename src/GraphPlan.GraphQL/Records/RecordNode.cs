using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphPlan.GraphQL.Records;

/// <summary>
/// An object in the response. When its selection has a <see cref="RecordPlan"/>, its fields are read in one step and
/// kept as values (no child nodes); otherwise it is an ordinary object node with one child node per field.
/// </summary>
public sealed class RecordNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode)
    : ObjectExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode)
{
    internal RecordPlan? Plan { get; private set; }

    /// <summary>The serialized field values in the order of <see cref="Names"/>, when read in one step.</summary>
    public IReadOnlyList<object?>? Values { get; private set; }

    /// <summary>Response names of <see cref="Values"/>.</summary>
    public IReadOnlyList<string> Names => Plan?.Names ?? [];

    internal void Complete(RecordPlan plan, object?[] values)
    {
        Plan = plan;
        Values = values;
        SubFields = [];
    }

    public override object? ToValue()
    {
        if (Plan is not { } plan || Values is not { } values)
        {
            return base.ToValue();
        }

        var fields = new Dictionary<string, object?>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            fields.Add(plan.Names[i], values[i]);
        }

        return fields;
    }
}
