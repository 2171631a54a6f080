using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Changes;

public sealed class ChangePageGraphType : ObjectGraphType<ChangePage>
{
    public ChangePageGraphType()
    {
        Name = "ChangePage";
        Description = "Changes after a sequence, oldest first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeGraphType>>>>("changes").ResolveSource(source => source.Changes);
        Field<NonNullGraphType<IntGraphType>>("last")
            .Description("The last sequence read, matching or not: pass it as `after` for the next page (or to a subscription) to miss nothing.")
            .ResolveSource(source => source.Last);
        Field<NonNullGraphType<BooleanGraphType>>("hasMore").Description("True when more changes were recorded after `last`.").ResolveSource(source => source.HasMore);
    }
}
