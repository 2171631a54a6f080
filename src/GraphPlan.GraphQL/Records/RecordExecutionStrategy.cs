using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphPlan.GraphQL.Records;

/// <summary>
/// GraphQL.NET's parallel execution, except that an object whose selection is only scalar fields read from the source
/// (<see cref="SourceFields"/>) is read in one step: no execution node, resolver context, task or serializer call per
/// field. The nodes and edges of a neighborhood, the entities of a page and the steps of a path are such objects.
/// A selection with directives (<c>@skip</c>, <c>@include</c>) or arguments on its fields runs field by field.
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
            && PlanFor(context, selections, type) is { } plan
            && plan.Read(parent.Result!) is { } values)
        {
            record.Complete(plan, values);
            return;
        }

        base.SetSubFieldNodes(context, parent);
    }

    private RecordPlan? PlanFor(ExecutionContext context, GraphQLSelectionSet selections, IObjectGraphType type)
    {
        var plans = _plans.GetValue(selections, _ => new PlansByType());
        return plans.TryGet(type, out var plan) ? plan : plans.Add(type, Build(context, selections, type));
    }

    private RecordPlan? Build(ExecutionContext context, GraphQLSelectionSet selections, IObjectGraphType type)
    {
        if (HasDirectives(selections, context.Document))
        {
            return null;
        }

        var fields = new List<(string, Func<object?, object?>?, ScalarGraphType, bool, object?)>();
        foreach (var (name, (field, definition)) in CollectFieldsFrom(context, type, selections, null))
        {
            var nonNull = definition.ResolvedType is NonNullGraphType;
            var resolved = definition.ResolvedType is NonNullGraphType wrapper ? wrapper.ResolvedType : definition.ResolvedType;
            if (resolved is not ScalarGraphType scalar || field.Arguments is { Count: > 0 })
            {
                return null;
            }

            if (definition == context.Schema.TypeNameMetaFieldType)
            {
                fields.Add((name, null, scalar, nonNull, type.Name));
            }
            else if (SourceFields.ReadOf(definition) is { } read)
            {
                fields.Add((name, read, scalar, nonNull, null));
            }
            else
            {
                return null;
            }
        }

        return fields.Count == 0 ? null : new RecordPlan(fields);
    }

    private static bool HasDirectives(GraphQLSelectionSet selections, GraphQLDocument document)
    {
        foreach (var selection in selections.Selections)
        {
            var nested = selection switch
            {
                GraphQLField field => field.Directives is { Count: > 0 },
                GraphQLInlineFragment inline => inline.Directives is { Count: > 0 } || HasDirectives(inline.SelectionSet, document),
                GraphQLFragmentSpread spread => spread.Directives is { Count: > 0 }
                    || document.FindFragmentDefinition(spread.FragmentName.Name) is not { } fragment
                    || fragment.Directives is { Count: > 0 }
                    || HasDirectives(fragment.SelectionSet, document),
                _ => true,
            };
            if (nested)
            {
                return true;
            }
        }

        return false;
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
