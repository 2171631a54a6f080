using GraphQL.Types;

namespace GraphPlan.GraphQL.Filtering;

public sealed class StringFilterInputGraphType : InputObjectGraphType
{
    public StringFilterInputGraphType()
    {
        Name = "StringFilter";
        Description = "Conditions on a text; every operator given must hold. Comparisons are exact (case-sensitive); the `search` argument of the lists is the case-insensitive alternative.";
        Field<StringGraphType>("eq").Description("Equal to this text.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of these texts (at most 100).");
        Field<StringGraphType>("contains").Description("Contains this text.");
        Field<StringGraphType>("startsWith").Description("Starts with this text.");
    }
}
