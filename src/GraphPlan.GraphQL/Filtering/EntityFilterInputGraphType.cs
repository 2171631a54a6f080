using GraphPlan.GraphQL.Entities;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Filtering;

public sealed class EntityFilterInputGraphType : InputObjectGraphType
{
    public EntityFilterInputGraphType()
    {
        Name = "EntityFilter";
        Description = $"A condition on entities: every field given must hold (AND); combine with and, or and not. At most {FilterReader.MaxDepth} levels deep (`where` is level 1; each and, or or not item and each related.where adds one) and {FilterReader.MaxConditions} conditions in all (each operator, kind list, attribute, value, commitment and relationship counts one); a bad filter is an INVALID_FILTER error naming the path, e.g. where.or[1].attributes[0].key.";
        Field<ListGraphType<NonNullGraphType<EntityFilterInputGraphType>>>("and").Description("Every one of these holds.");
        Field<ListGraphType<NonNullGraphType<EntityFilterInputGraphType>>>("or").Description("At least one of these holds.");
        Field<EntityFilterInputGraphType>("not").Description("This does not hold.");
        Field<StringFilterInputGraphType>("id").Description("Conditions on the id.");
        Field<StringFilterInputGraphType>("name").Description("Conditions on the Chinese name.");
        Field<StringFilterInputGraphType>("nameEn").Description("Conditions on the English name.");
        Field<StringFilterInputGraphType>("alias").Description("Conditions one of the aliases meets.");
        Field<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kind").Description("The entity is of one of these kinds.");
        Field<ListGraphType<NonNullGraphType<AttributeFilterInputGraphType>>>("attributes").Description("Conditions on attributes; all must hold.");
        Field<ValueFilterInputGraphType>("value").Description("One yearly value meets these conditions, e.g. the 2025 target is at least 100 亿元.");
        Field<CommitmentFilterInputGraphType>("commitment").Description("Binding or expected in the 13th or the 14th plan's table.");
        Field<RelatedFilterInputGraphType>("related").Description("Has such a relationship, e.g. {kind: BELONGS_TO_INDUSTRY, where: {id: {eq: \"industry:hydrogen\"}}}.");
        Field<RelatedFilterInputGraphType>("notRelated").Description("Has no such relationship, e.g. projects hosted on no platform: {kind: HOSTED_ON}; indicators with no target: {kind: MEASURED_BY, direction: INCOMING}.");
    }
}
