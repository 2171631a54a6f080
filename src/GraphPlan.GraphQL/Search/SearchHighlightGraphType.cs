using GraphPlan.Core.Search;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Search;

public sealed class SearchHighlightGraphType : ObjectGraphType<SearchHighlight>
{
    public SearchHighlightGraphType()
    {
        Name = "SearchHighlight";
        Description = "Where a hit matched.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("id, name, aliases, nameEn or provenance.").Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("fragment")
            .Description($"The field's text, HTML-escaped, with the matched terms wrapped in {SearchHighlight.Open}…{SearchHighlight.Close}.")
            .Resolve(ctx => ctx.Source.Fragment);
    }
}
