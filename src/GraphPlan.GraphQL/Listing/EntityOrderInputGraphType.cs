using GraphPlan.GraphQL.Indicators;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

public sealed class EntityOrderInputGraphType : InputObjectGraphType
{
    public EntityOrderInputGraphType()
    {
        Name = "EntityOrder";
        Description = "A sort key and its direction. Lists take several keys in order; ties after the last are broken by id in its direction, so pages are stable. A missing attribute or value sorts last ascending, first descending.";
        Field<NonNullGraphType<EntityOrderFieldGraphType>>("field").Description("What to sort by.");
        Field<SortDirectionGraphType>("direction").Description("ASC (default) or DESC.").DefaultValue(false);
        Field<StringGraphType>("key").Description("The attribute, for field ATTRIBUTE (e.g. category, row).");
        Field<IntGraphType>("year").Description("The value's year, for field VALUE (e.g. 2025).");
        Field<ValueRoleGraphType>("role").Description("The value's role, for field VALUE (e.g. TARGET).");
    }
}
