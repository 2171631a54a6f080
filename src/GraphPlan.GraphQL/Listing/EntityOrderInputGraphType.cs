using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

public sealed class EntityOrderInputGraphType : InputObjectGraphType
{
    public EntityOrderInputGraphType()
    {
        Name = "EntityOrder";
        Description = "Sort key and direction; ties are broken by id, so pages are stable.";
        Field<NonNullGraphType<EntityOrderFieldGraphType>>("field");
        Field<SortDirectionGraphType>("direction").DefaultValue(false);
    }
}
