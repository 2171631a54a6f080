using GraphPlan.Core.Graph;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

/// <summary>The GraphQL interface every entity type implements.</summary>
public sealed class EntityInterfaceGraphType : InterfaceGraphType<Entity>
{
    public EntityInterfaceGraphType()
    {
        Name = "Entity";
        Description = "Anything the plan names: structure, goals, targets, indicators, industries, projects, platforms, organizations, places, measures.";
        EntityFields.DeclareOn(this);
    }
}
