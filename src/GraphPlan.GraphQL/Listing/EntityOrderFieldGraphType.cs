using GraphPlan.Core.Store;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

public sealed class EntityOrderFieldGraphType : EnumerationGraphType<EntityOrder>
{
    public EntityOrderFieldGraphType() => Name = "EntityOrderField";
}
