using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class ProvenanceGraphType : ObjectGraphType<Provenance>
{
    public ProvenanceGraphType()
    {
        Name = "Provenance";
        Description = "Where the plan states a fact: the section and the verbatim quote.";
        Field<NonNullGraphType<IdGraphType>>("section").Description("Id of the plan, chapter or section entity.").ResolveSource(source => source.Section);
        Field<NonNullGraphType<StringGraphType>>("quote").Description("The sentence, verbatim.").ResolveSource(source => source.Quote);
        Field<NonNullGraphType<BasisGraphType>>("basis").ResolveSource(source => Boxed.Of(source.Basis));
        Field<StringGraphType>("source").Description("For external facts, where they come from.").ResolveSource(source => source.Source);
    }
}
