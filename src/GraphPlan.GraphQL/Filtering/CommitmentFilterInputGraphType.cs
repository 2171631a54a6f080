using GraphQL.Types;

namespace GraphPlan.GraphQL.Filtering;

public sealed class CommitmentFilterInputGraphType : InputObjectGraphType
{
    public CommitmentFilterInputGraphType()
    {
        Name = "CommitmentFilter";
        Description = "The indicator is binding or expected in one plan's table: {period: FOURTEENTH, is: BINDING} is Table 2-1's ten binding rows; {period: THIRTEENTH, is: BINDING} is Table 1-1's seven city-assigned rows. Indicators outside that table never match.";
        Field<NonNullGraphType<PlanPeriodGraphType>>("period").Description("Whose table: the 13th or the 14th plan's.");
        Field<NonNullGraphType<CommitmentGraphType>>("is").Description("BINDING or EXPECTED.");
    }
}
