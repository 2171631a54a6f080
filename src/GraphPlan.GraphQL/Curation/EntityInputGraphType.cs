using GraphPlan.GraphQL.Entities;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Curation;

public sealed class EntityInputGraphType : InputObjectGraphType
{
    public EntityInputGraphType()
    {
        Name = "EntityInput";
        Description = "An entity as a curator writes it; validated like the seed (id pattern, kind, attributes, values, provenance).";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<EntityKindGraphType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The Chinese name exactly as the plan writes it.");
        Field<NonNullGraphType<StringGraphType>>("nameEn");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases");
        Field<ListGraphType<NonNullGraphType<AttributeInputGraphType>>>("attributes");
        Field<ListGraphType<NonNullGraphType<MeasurementInputGraphType>>>("values");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvenanceInputGraphType>>>>("provenance");
    }
}
