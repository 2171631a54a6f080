using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class AttributeGraphType : ObjectGraphType<KeyValuePair<string, string>>
{
    public AttributeGraphType()
    {
        Name = "Attribute";
        Description = "A kind-specific attribute as a key and a value.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(ctx => ctx.Source.Value);
    }
}
