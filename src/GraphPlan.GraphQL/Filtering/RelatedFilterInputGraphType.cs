using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Relations;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Filtering;

public sealed class RelatedFilterInputGraphType : InputObjectGraphType
{
    public RelatedFilterInputGraphType()
    {
        Name = "RelatedFilter";
        Description = "A relationship of a kind, in a direction, to an entity that passes `otherKinds` and `where`: {kind: HOSTED_ON} is \"hosted on some platform\"; under `notRelated` it is \"hosted on none\".";
        Field<NonNullGraphType<RelationshipKindGraphType>>("kind").Description("The relationship kind.");
        Field<DirectionGraphType>("direction").Description("OUTGOING (default: from the entity, e.g. a project HOSTED_ON a platform), INCOMING or BOTH.").DefaultValue(Direction.Outgoing);
        Field<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("otherKinds").Description("The entity at the other end is of one of these kinds.");
        Field<EntityFilterInputGraphType>("where").Description("The entity at the other end passes this filter (counts toward the depth and clause limits).");
    }
}
