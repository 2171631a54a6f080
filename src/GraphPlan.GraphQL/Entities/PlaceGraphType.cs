using GraphPlan.Core.Graph;

namespace GraphPlan.GraphQL.Entities;

public sealed class PlaceGraphType : EntityGraphType
{
    public PlaceGraphType()
        : base(EntityKind.Place, "A place: district, town, village, port area, road, waterway, region.")
    {
        AttributeField("placeType", "placeType", "What sort of place.");
    }
}
