using GraphPlan.GraphQL.Relations;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Curation;

public sealed class RelationshipInputGraphType : InputObjectGraphType
{
    public RelationshipInputGraphType()
    {
        Name = "RelationshipInput";
        Field<NonNullGraphType<IdGraphType>>("from");
        Field<NonNullGraphType<RelationshipKindGraphType>>("kind");
        Field<NonNullGraphType<IdGraphType>>("to");
        Field<ListGraphType<NonNullGraphType<ProvenanceInputGraphType>>>("provenance").Description("Required when linking; ignored when unlinking.");
        Field<StringGraphType>("reasoning").Description("Why the link holds, in one English sentence; required when no citation is stronger than INFERRED. Ignored when unlinking.");
    }
}
