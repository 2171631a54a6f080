using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

public sealed class MeasurementGraphType : ObjectGraphType<Measurement>
{
    public MeasurementGraphType()
    {
        Name = "Measurement";
        Description = "A value for a year: baseline, actual, target or growth, with its unit and the figure as written.";
        Field<NonNullGraphType<IntGraphType>>("year").ResolveSource(source => source.Year);
        Field<NonNullGraphType<ValueRoleGraphType>>("role").ResolveSource(source => Boxed.Of(source.Role));
        Field<FloatGraphType>("value").Description("The number, when the figure is one.").ResolveSource(source => source.Value);
        Field<StringGraphType>("unit").ResolveSource(source => source.Unit);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The figure exactly as the plan writes it.").ResolveSource(source => source.Text);
        Field<NonNullGraphType<ValueKindGraphType>>("kind").ResolveSource(source => Boxed.Of(source.Kind));
        Field<NonNullGraphType<QualifierGraphType>>("qualifier").ResolveSource(source => source.Qualifier);
        Field<NonNullGraphType<BooleanGraphType>>("aspirational").Description("力争: striven for rather than committed to.").ResolveSource(source => source.Aspirational);
    }
}
