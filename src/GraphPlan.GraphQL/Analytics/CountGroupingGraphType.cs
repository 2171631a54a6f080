using GraphPlan.Core.Store;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Analytics;

public sealed class CountGroupingGraphType : EnumerationGraphType
{
    public CountGroupingGraphType()
    {
        Name = "CountGrouping";
        Description = "What `counts` groups by.";
        Add("KIND", CountGrouping.Kind, "Entities by kind.");
        Add("INDUSTRY", CountGrouping.Industry, "Entities by the industries they belong to (BELONGS_TO_INDUSTRY) or focus on (FOCUSES_ON); an entity counts once in each; key null: none.");
        Add("PLATFORM", CountGrouping.Platform, "Entities by the platforms they are HOSTED_ON; key null: none.");
        Add("CHAPTER", CountGrouping.Chapter, "Entities by the chapters their quotes come from (a section counts for its chapter); key null: the plan itself.");
        Add("ATTRIBUTE", CountGrouping.Attribute, "Entities by the value of `attributeKey` (each item of a list attribute); key null: no such attribute.");
        Add("RELATIONSHIP_KIND", CountGrouping.RelationshipKind, "The entities' relationships (in `direction`, each once) by kind.");
        Add("BASIS", CountGrouping.Basis, "The entities' relationships (in `direction`, each once) by the strongest basis of their quotes.");
    }
}
