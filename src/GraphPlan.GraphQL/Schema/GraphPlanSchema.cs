using GraphPlan.GraphQL.Changes;
using GraphPlan.GraphQL.Curation;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Indicators;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.GraphQL.Schema;

public sealed class GraphPlanSchema : global::GraphQL.Types.Schema
{
    public GraphPlanSchema(IServiceProvider services)
        : base(services)
    {
        Description = "GraphPlan: the Jiaxing Port Area 14th Five-Year Plan as a knowledge graph.";
        Query = services.GetRequiredService<QueryGraphType>();
        Mutation = services.GetRequiredService<MutationGraphType>();
        Subscription = services.GetRequiredService<SubscriptionGraphType>();

        // Object types reached only through the Entity interface must be registered by hand.
        this.RegisterType<PlanGraphType>();
        this.RegisterType<ChapterGraphType>();
        this.RegisterType<SectionGraphType>();
        this.RegisterType<GoalGraphType>();
        this.RegisterType<TargetGraphType>();
        this.RegisterType<IndicatorGraphType>();
        this.RegisterType<IndustryGraphType>();
        this.RegisterType<ProjectGraphType>();
        this.RegisterType<PlatformGraphType>();
        this.RegisterType<OrganizationGraphType>();
        this.RegisterType<PlaceGraphType>();
        this.RegisterType<MeasureGraphType>();
    }
}
