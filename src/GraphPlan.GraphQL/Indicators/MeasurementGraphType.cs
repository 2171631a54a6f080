using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

public sealed class MeasurementGraphType : ObjectGraphType<Measurement>
{
    public MeasurementGraphType()
    {
        Name = "Measurement";
        Description = "A value for a year: baseline, actual, target or growth, with its unit and the figure as written.";
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(ctx => ctx.Source.Year);
        Field<NonNullGraphType<ValueRoleGraphType>>("role").Resolve(ctx => Boxed.Of(ctx.Source.Role));
        Field<FloatGraphType>("value").Description("The number, when the figure is one.").Resolve(ctx => ctx.Source.Value);
        Field<StringGraphType>("unit").Resolve(ctx => ctx.Source.Unit);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The figure exactly as the plan writes it.").Resolve(ctx => ctx.Source.Text);
        Field<NonNullGraphType<ValueKindGraphType>>("kind").Resolve(ctx => Boxed.Of(ctx.Source.Kind));
        Field<NonNullGraphType<QualifierGraphType>>("qualifier").Resolve(ctx => ctx.Source.Qualifier);
        Field<NonNullGraphType<BooleanGraphType>>("aspirational").Description("力争: striven for rather than committed to.").Resolve(ctx => ctx.Source.Aspirational);
    }
}
