using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Search;

public sealed class PassageGraphType : ObjectGraphType<PassageResult>
{
    public PassageGraphType()
    {
        Name = "Passage";
        Description = "A sentence of the plan text that matched.";
        Field<NonNullGraphType<IntGraphType>>("number").Description("Its place in the plan, counting sentences from 1.").ResolveSource(source => source.Passage.Sentence.Number);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The sentence as the plan writes it.").ResolveSource(source => source.Passage.Sentence.Text);
        Field<NonNullGraphType<StringGraphType>>("fragment").Description("The sentence HTML-escaped, with the matched terms wrapped in <em>…</em>.").ResolveSource(source => source.Passage.Fragment);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Higher is better; comparable within one search only.").ResolveSource(source => source.Passage.Score);
        Field<EntityInterfaceGraphType>("section").Description("The chapter or section (or the plan, before the first chapter) the sentence stands in.").ResolveSource(source => source.Section);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("citedBy")
            .Description("Entities whose provenance quotes this sentence (as the graph stood when passages were first searched since the server started).")
            .ResolveSource(source => source.CitedBy);
    }
}
