using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Relations;

public sealed class RelationGraphType : ObjectGraphType<RelatedEntity>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A relationship seen from one of its ends.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable edge id: source-KIND->target.").ResolveSource(source => source.Relationship.Id);
        Field<NonNullGraphType<RelationshipKindGraphType>>("kind").ResolveSource(source => Boxed.Of(source.Relationship.Kind));
        Field<NonNullGraphType<DirectionGraphType>>("direction").Description("OUTGOING when the entity at hand is the source.").ResolveSource(source => Boxed.Of(source.Direction));
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").Description("The entity at the other end.").ResolveSource(source => source.Other);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvenanceGraphType>>>>("provenance").ResolveSource(source => source.Relationship.Provenance);
        Field<StringGraphType>("reasoning").Description("Why the link holds, in one English sentence, when no quote states it (set whenever the strongest basis is INFERRED).").ResolveSource(source => source.Relationship.Reasoning);
    }
}
