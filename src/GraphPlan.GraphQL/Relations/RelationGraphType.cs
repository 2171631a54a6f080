using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Relations;

public sealed class RelationGraphType : ObjectGraphType<RelatedEntity>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A relationship seen from one of its ends.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable edge id: source-KIND->target.").Resolve(ctx => ctx.Source.Relationship.Id);
        Field<NonNullGraphType<RelationshipKindGraphType>>("kind").Resolve(ctx => Boxed.Of(ctx.Source.Relationship.Kind));
        Field<NonNullGraphType<DirectionGraphType>>("direction").Description("OUTGOING when the entity at hand is the source.").Resolve(ctx => Boxed.Of(ctx.Source.Direction));
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").Description("The entity at the other end.").Resolve(ctx => ctx.Source.Other);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvenanceGraphType>>>>("provenance").Resolve(ctx => ctx.Source.Relationship.Provenance);
        Field<StringGraphType>("reasoning").Description("Why the link holds, in one English sentence, when no quote states it (set whenever the strongest basis is INFERRED).").Resolve(ctx => ctx.Source.Relationship.Reasoning);
    }
}
