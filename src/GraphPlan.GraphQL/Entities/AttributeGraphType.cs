using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class AttributeGraphType : ObjectGraphType<KeyValuePair<string, string>>
{
    public AttributeGraphType()
    {
        Name = "Attribute";
        Description = "A kind-specific attribute as a key and a value.";
        Field<NonNullGraphType<StringGraphType>>("key").ResolveSource(source => source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").ResolveSource(source => source.Value);
    }
}
