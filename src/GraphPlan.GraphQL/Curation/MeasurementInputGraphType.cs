using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Indicators;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Curation;

public sealed class MeasurementInputGraphType : InputObjectGraphType
{
    public MeasurementInputGraphType()
    {
        Name = "MeasurementInput";
        Field<NonNullGraphType<IntGraphType>>("year");
        Field<NonNullGraphType<ValueRoleGraphType>>("role");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The figure exactly as the plan writes it.");
        Field<ValueKindGraphType>("kind").DefaultValue(ValueKind.Number);
        Field<DecimalGraphType>("value");
        Field<StringGraphType>("unit");
        Field<QualifierGraphType>("qualifier").DefaultValue(Qualifier.Exact);
        Field<BooleanGraphType>("aspirational").DefaultValue(false);
    }
}
