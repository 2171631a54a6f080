using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Records;
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
        Field<NonNullGraphType<IdGraphType>>("edgeId").ResolveSource(source => source.Relationship.Id);
        Field<NonNullGraphType<RelationshipKindGraphType>>("kind").ResolveSource(source => Boxed.Of(source.Relationship.Kind));
        Field<NonNullGraphType<DirectionGraphType>>("direction")
            .Description("INCOMING when the reached entity is the relationship's source (it points back along the path).")
            .ResolveSource(source => Boxed.Of(source.Direction));
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").ResolveSource(source => source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvenanceGraphType>>>>("provenance").Description("The sentences of the plan that state the relationship.").ResolveSource(source => source.Relationship.Provenance);
        Field<NonNullGraphType<BasisGraphType>>("basis").Description("The strongest basis among the relationship's citations (INFERRED when it has none).").ResolveSource(source => Boxed.Of(source.Relationship.Basis));
        Field<StringGraphType>("reasoning").Description("Why the link holds, in one English sentence, when no quote states it (set whenever the strongest basis is INFERRED).").ResolveSource(source => source.Relationship.Reasoning);
    }
}
