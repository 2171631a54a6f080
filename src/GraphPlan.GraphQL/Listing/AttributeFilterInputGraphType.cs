using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

public sealed class AttributeFilterInputGraphType : InputObjectGraphType
{
    public AttributeFilterInputGraphType()
    {
        Name = "AttributeFilter";
        Description = "An attribute that must have exactly this value, e.g. {key: \"attribute\", value: \"binding\"}.";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("value");
    }
}
