using GraphQL.Types;

namespace GraphPlan.GraphQL.Changes;

/// <summary>The root of subscriptions, served as Server-Sent Events (the graphql-sse protocol) by the API host.</summary>
public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType()
    {
        Name = "Subscription";
        Description = "Live changes, served as Server-Sent Events (the graphql-sse protocol, distinct connections mode) at /graphql/stream.";
        ChangeFields.AddChanged(this);
    }
}
