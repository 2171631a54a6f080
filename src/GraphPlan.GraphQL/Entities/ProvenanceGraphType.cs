using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class ProvenanceGraphType : ObjectGraphType<Provenance>
{
    public ProvenanceGraphType()
    {
        Name = "Provenance";
        Description = "Where the plan states a fact: the section and the verbatim quote.";
        Field<NonNullGraphType<IdGraphType>>("section").Description("Id of the plan, chapter or section entity.").Resolve(ctx => ctx.Source.Section);
        Field<NonNullGraphType<StringGraphType>>("quote").Description("The sentence, verbatim.").Resolve(ctx => ctx.Source.Quote);
        Field<NonNullGraphType<BasisGraphType>>("basis").Resolve(ctx => Boxed.Of(ctx.Source.Basis));
        Field<StringGraphType>("source").Description("For external facts, where they come from.").Resolve(ctx => ctx.Source.Source);
    }
}
