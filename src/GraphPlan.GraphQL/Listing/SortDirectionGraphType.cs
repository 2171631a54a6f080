using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

public sealed class SortDirectionGraphType : EnumerationGraphType
{
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Add("ASC", false, "Ascending.");
        Add("DESC", true, "Descending.");
    }
}
