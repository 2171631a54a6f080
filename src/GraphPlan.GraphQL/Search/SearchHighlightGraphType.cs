using GraphPlan.Core.Search;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Search;

public sealed class SearchHighlightGraphType : ObjectGraphType<SearchHighlight>
{
    public SearchHighlightGraphType()
    {
        Name = "SearchHighlight";
        Description = "Where a hit matched.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("id, name, aliases, nameEn or provenance.").ResolveSource(source => source.Field);
        Field<NonNullGraphType<StringGraphType>>("fragment")
            .Description($"The field's text, HTML-escaped, with the matched terms wrapped in {SearchHighlight.Open}…{SearchHighlight.Close}.")
            .ResolveSource(source => source.Fragment);
    }
}
