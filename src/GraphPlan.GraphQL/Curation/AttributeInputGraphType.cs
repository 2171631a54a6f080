using GraphQL.Types;

namespace GraphPlan.GraphQL.Curation;

public sealed class AttributeInputGraphType : InputObjectGraphType
{
    public AttributeInputGraphType()
    {
        Name = "AttributeInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("value");
    }
}
