using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class SectionGraphType : EntityGraphType
{
    public SectionGraphType()
        : base(EntityKind.Section, "A section of a chapter.")
    {
        AttributeField("number", "number", "Chapter and section number, e.g. 3.2.");
        AttributeField("heading", "heading", "The heading line as printed, when it survives in the text.");
        Field<NonNullGraphType<BooleanGraphType>>("headingInferred")
            .Description("True when the heading was lost in the text and the name was recovered from the content.")
            .ResolveSource(source => source.Attribute("headingInferred") == "true");
    }
}
