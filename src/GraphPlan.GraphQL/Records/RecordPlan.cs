using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphPlan.GraphQL.Records;

/// <summary>
/// How an object type's selection is completed: the response names in order, and for each field either its
/// <see cref="ScalarRead"/> or the field to execute as a child node.
/// </summary>
internal sealed class RecordPlan
{
    public RecordPlan(Dictionary<string, (GraphQLField Field, FieldType FieldType)> fields, IObjectGraphType type, ISchema schema)
    {
        Names = [.. fields.Keys];
        Fields = [.. fields.Values.Select(f => new Planned(ScalarRead.Of(f.FieldType, type, schema), f.Field, f.FieldType))];
        Children = Fields.Count(f => f.Read is null);
    }

    /// <summary>Response names (aliases where given), in the order the selection asks for them.</summary>
    public string[] Names { get; }

    public Planned[] Fields { get; }

    /// <summary>How many fields are executed as child nodes.</summary>
    public int Children { get; }

    /// <summary>A field of the plan: read in one step when <see cref="Read"/> is set, else executed as a child node.</summary>
    public readonly record struct Planned(ScalarRead? Read, GraphQLField Field, FieldType FieldType);
}
