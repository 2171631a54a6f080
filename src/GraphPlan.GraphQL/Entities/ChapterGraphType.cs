using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Relations;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class ChapterGraphType : EntityGraphType
{
    public ChapterGraphType()
        : base(EntityKind.Chapter, "A chapter of the plan.")
    {
        IntegerAttributeField("number", "number", "Chapter number.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionGraphType>>>>("sections")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => new MappedResult<IEnumerable<Entity>, IEnumerable<Entity>>(
                loader.Others(ctx.Source.Id, RelationshipKind.PartOf, Direction.Incoming, EntityKind.Section),
                sections => sections.OrderBy(s => s.Attribute("number"), StringComparer.Ordinal)));
    }
}
