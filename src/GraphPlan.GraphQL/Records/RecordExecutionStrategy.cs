using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphPlan.GraphQL.Records;

/// <summary>
/// GraphQL.NET's parallel execution, except that an object's scalar fields read from the source (<see cref="SourceFields"/>)
/// are read in one step when the object is completed: no execution node, resolver context, task or serializer call per
/// such field (the nodes and edges of a neighborhood, the entities of a page, the steps of a path). So are its object
/// fields read from the source whose whole selection reads that way (<see cref="ObjectRead"/>: the entity and path of
/// a supporter); its other fields become child nodes as usual. Which field is which is planned once per selection set and object type
/// (<see cref="RecordPlan"/>), so the fields are not collected again for every object.
/// </summary>
internal sealed class RecordExecutionStrategy : ParallelExecutionStrategy
{
    /// <summary>Plans by selection set (held weakly: a document's selection sets live as long as the document) and object type.</summary>
    private readonly ConditionalWeakTable<GraphQLSelectionSet, PlansByType> _plans = [];

    protected override ExecutionNode BuildExecutionNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode = null)
    {
        var type = graphType is NonNullGraphType nonNull ? nonNull.ResolvedType! : graphType;
        return type is IObjectGraphType or IAbstractGraphType
            ? new RecordNode(parent, type, field, fieldDefinition, indexInParentNode)
            : base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode);
    }

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        if (parent is RecordNode record
            && parent.SelectionSet is { } selections
            && parent.GetObjectGraphType(context.Schema) is { } type
            && TryComplete(context, record, PlanFor(context, selections, type) ?? new RecordPlan(CollectFieldsFrom(context, type, selections, null), type, context.Schema)))
        {
            return;
        }

        base.SetSubFieldNodes(context, parent);
    }

    /// <summary>Reads the plan's fields read in one step and makes child nodes of the others; false, with nothing changed, when a read fails.</summary>
    private bool TryComplete(ExecutionContext context, RecordNode record, RecordPlan plan)
    {
        var values = new object?[plan.Fields.Length];
        var children = plan.Children == 0 ? [] : new ExecutionNode[plan.Children];
        var child = 0;
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            var planned = plan.Fields[i];
            if (planned.IsRead)
            {
                if (!planned.TryRead(record.Result!, context.Schema, out values[i]))
                {
                    return false;
                }
            }
            else
            {
                values[i] = children[child++] = BuildExecutionNode(record, planned.FieldType.ResolvedType!, planned.Field, planned.FieldType);
            }
        }

        record.Complete(plan.Names, values, children);
        return true;
    }

    /// <summary>
    /// The plan of a selection set read as an object type, made once; null when it cannot be kept: directives may read
    /// variables, and a field asked twice is merged into a new field whose arguments are known to one execution only
    /// (a scalar read needs no arguments, so only fields executed as child nodes count).
    /// Such a selection is collected again for each object, as GraphQL.NET does.
    /// </summary>
    private RecordPlan? PlanFor(ExecutionContext context, GraphQLSelectionSet selections, IObjectGraphType type)
    {
        var plans = _plans.GetValue(selections, _ => new PlansByType());
        if (plans.TryGet(type, out var plan))
        {
            return plan;
        }

        var written = new HashSet<GraphQLField>(ReferenceEqualityComparer.Instance);
        if (!CollectWritten(selections, context.Document, written))
        {
            return plans.Add(type, null);
        }

        plan = Plan(context, selections, type, written);
        return plans.Add(type, HasMergedChild(plan, written) ? null : plan);
    }

    /// <summary>A new plan; an object field is read in one step with its selection only when that selection's own plans are kept.</summary>
    private RecordPlan Plan(ExecutionContext context, GraphQLSelectionSet selections, IObjectGraphType type, HashSet<GraphQLField> written) =>
        new(
            CollectFieldsFrom(context, type, selections, null),
            type,
            context.Schema,
            (field, definition) => written.Contains(field) && field.SelectionSet is { } inner
                ? ObjectRead.Of(definition, context.Schema, objectType => PlanFor(context, inner, objectType))
                : null);

    private static bool HasMergedChild(RecordPlan plan, HashSet<GraphQLField> written) =>
        plan.Fields.Any(f => f.Read is null && !written.Contains(f.Field));

    /// <summary>
    /// Adds the fields written under <paramref name="selections"/> (through its fragments) to <paramref name="fields"/>;
    /// false when a directive sits anywhere in it, or a fragment is missing: what is collected may then depend on variables.
    /// </summary>
    private static bool CollectWritten(GraphQLSelectionSet selections, GraphQLDocument document, HashSet<GraphQLField> fields)
    {
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField { Directives: not { Count: > 0 } } field:
                    fields.Add(field);
                    break;
                case GraphQLInlineFragment { Directives: not { Count: > 0 } } inline when CollectWritten(inline.SelectionSet, document, fields):
                    break;
                case GraphQLFragmentSpread { Directives: not { Count: > 0 } } spread
                    when document.FindFragmentDefinition(spread.FragmentName.Name) is { Directives: not { Count: > 0 } } fragment
                    && CollectWritten(fragment.SelectionSet, document, fields):
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>The plans of one selection set, one per object type it was read as (an interface's selection has several).</summary>
    private sealed class PlansByType
    {
        private readonly Lock _gate = new();
        private (IObjectGraphType Type, RecordPlan? Plan)[] _entries = [];

        public bool TryGet(IObjectGraphType type, out RecordPlan? plan)
        {
            foreach (var entry in Volatile.Read(ref _entries))
            {
                if (entry.Type == type)
                {
                    plan = entry.Plan;
                    return true;
                }
            }

            plan = null;
            return false;
        }

        public RecordPlan? Add(IObjectGraphType type, RecordPlan? plan)
        {
            lock (_gate)
            {
                if (!TryGet(type, out _))
                {
                    _entries = [.. _entries, (type, plan)];
                }
            }

            return plan;
        }
    }
}
