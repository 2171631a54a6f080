using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Relations;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class PlanGraphType : EntityGraphType
{
    public PlanGraphType()
        : base(EntityKind.Plan, "A five-year plan.")
    {
        IntegerAttributeField("periodStart", "periodStart", "First year of the plan period.");
        IntegerAttributeField("periodEnd", "periodEnd", "Last year of the plan period.");
        IntegerAttributeField("visionYear", "visionYear", "Year of the long-range vision.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChapterGraphType>>>>("chapters")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => new MappedResult<IEnumerable<Entity>, IEnumerable<Entity>>(
                loader.Others(ctx.Source.Id, RelationshipKind.PartOf, Direction.Incoming, EntityKind.Chapter),
                chapters => chapters.OrderBy(c => int.TryParse(c.Attribute("number"), out var n) ? n : int.MaxValue)));
    }
}
