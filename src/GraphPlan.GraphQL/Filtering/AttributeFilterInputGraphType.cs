using GraphQL.Types;

namespace GraphPlan.GraphQL.Filtering;

public sealed class AttributeFilterInputGraphType : InputObjectGraphType
{
    public AttributeFilterInputGraphType()
    {
        Name = "AttributeFilter";
        Description = "Conditions on one attribute; an entity without the attribute does not match. A list-valued attribute (table: \"1-1 2-1\") matches when one of its items does, so {key: \"table\", eq: \"2-1\"} finds rows of both tables.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The attribute, e.g. table, category, unit, level, status, platformType.");
        Field<StringGraphType>("eq").Description("Equal to this value (or, for a list attribute, one item equal to it).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of these values (at most 100).");
        Field<StringGraphType>("contains").Description("Contains this text.");
        Field<StringGraphType>("startsWith").Description("Starts with this text.");
    }
}
