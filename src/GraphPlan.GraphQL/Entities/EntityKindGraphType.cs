using GraphPlan.Core.Graph;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class EntityKindGraphType : EnumerationGraphType<EntityKind>
{
    public EntityKindGraphType()
    {
        Name = "EntityKind";
        Description = "The kinds of entity in the plan graph.";
    }
}
