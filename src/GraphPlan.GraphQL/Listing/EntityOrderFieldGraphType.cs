using GraphPlan.Core.Store;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

public sealed class EntityOrderFieldGraphType : EnumerationGraphType
{
    public EntityOrderFieldGraphType()
    {
        Name = "EntityOrderField";
        Description = "What a list can be sorted by.";
        Add("ID", EntityOrder.Id, "The id.");
        Add("NAME", EntityOrder.Name, "The Chinese name (by code point).");
        Add("NAME_EN", EntityOrder.NameEn, "The English name.");
        Add("KIND", EntityOrder.Kind, "The kind's name.");
        Add("ATTRIBUTE", EntityOrder.Attribute, "The attribute named by `key` (as text).");
        Add("VALUE", EntityOrder.Value, "The number of the value for `year` and `role`, e.g. the 2025 target.");
    }
}
