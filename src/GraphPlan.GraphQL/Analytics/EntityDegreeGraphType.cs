using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Analytics;

public sealed class EntityDegreeGraphType : ObjectGraphType<EntityDegree>
{
    public EntityDegreeGraphType()
    {
        Name = "EntityDegree";
        Description = "An entity and how many relationships it has.";
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").Description("The entity.").ResolveSource(source => source.Entity);
        Field<NonNullGraphType<IntGraphType>>("degree").Description("Its relationships of the kinds and direction asked, each counted once.").ResolveSource(source => source.Degree);
    }
}
