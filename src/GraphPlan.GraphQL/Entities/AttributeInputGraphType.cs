using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class AttributeInputGraphType : InputObjectGraphType
{
    public AttributeInputGraphType()
    {
        Name = "AttributeInput";
        Description = "An attribute as a key and a value: what a curator sets, or what a list filter requires, e.g. {key: \"attribute\", value: \"binding\"}.";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("value");
    }
}
