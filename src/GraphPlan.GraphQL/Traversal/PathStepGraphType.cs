using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Relations;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class PathStepGraphType : ObjectGraphType<PathSegment>
{
    public PathStepGraphType()
    {
        Name = "PathStep";
        Description = "One hop of a path: the relationship crossed, which way, and the entity reached.";
        Field<NonNullGraphType<IdGraphType>>("edgeId").Resolve(ctx => ctx.Source.Relationship.Id);
        Field<NonNullGraphType<RelationshipKindGraphType>>("kind").Resolve(ctx => Boxed.Of(ctx.Source.Relationship.Kind));
        Field<NonNullGraphType<DirectionGraphType>>("direction")
            .Description("INCOMING when the reached entity is the relationship's source (it points back along the path).")
            .Resolve(ctx => Boxed.Of(ctx.Source.Direction));
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").Resolve(ctx => ctx.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvenanceGraphType>>>>("provenance").Description("The sentences of the plan that state the relationship.").Resolve(ctx => ctx.Source.Relationship.Provenance);
        Field<NonNullGraphType<BasisGraphType>>("basis").Description("The strongest basis among the relationship's citations (INFERRED when it has none).").Resolve(ctx => Boxed.Of(ctx.Source.Relationship.Basis));
        Field<StringGraphType>("reasoning").Description("Why the link holds, in one English sentence, when no quote states it (set whenever the strongest basis is INFERRED).").Resolve(ctx => ctx.Source.Relationship.Reasoning);
    }
}
