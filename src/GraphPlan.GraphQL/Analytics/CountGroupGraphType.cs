using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Analytics;

public sealed class CountGroupGraphType : ObjectGraphType<CountGroup>
{
    public CountGroupGraphType()
    {
        Name = "CountGroup";
        Description = "One group of a count.";
        Field<StringGraphType>("key").Description("The group: a kind (Indicator), an entity id (industry:hydrogen, chapter:3), an attribute value, a relationship kind (HOSTED_ON) or a basis (STATED); null for the entities or relationships with none.").ResolveSource(source => source.Key);
        Field<StringGraphType>("name").Description("The Chinese name of the industry, platform or chapter the key names; null otherwise.").ResolveSource(source => source.Name);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many entities (or relationships) are in the group.").ResolveSource(source => source.Count);
    }
}
