using GraphPlan.GraphQL.Entities;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Curation;

public sealed class ProvenanceInputGraphType : InputObjectGraphType
{
    public ProvenanceInputGraphType()
    {
        Name = "ProvenanceInput";
        Field<NonNullGraphType<IdGraphType>>("section").Description("The plan, chapter or section entity that states it.");
        Field<NonNullGraphType<StringGraphType>>("quote").Description("The sentence, verbatim.");
        Field<BasisGraphType>("basis").DefaultValue(Core.Graph.Basis.Stated);
        Field<StringGraphType>("source").Description("Required when the basis is EXTERNAL.");
    }
}
