namespace GraphPlan.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> values GraphPlan answers with; clients may switch on them.</summary>
public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string VersionConflict = "VERSION_CONFLICT";

    /// <summary>An Idempotency-Key the curator already sent with a different change; answered with HTTP 422.</summary>
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string Internal = "INTERNAL_SERVER_ERROR";

    /// <summary>A subscription sent where no stream can carry it: it needs <c>Accept: text/event-stream</c> (or <c>/graphql/stream</c>).</summary>
    public const string SubscriptionNeedsStream = "SUBSCRIPTION_NEEDS_STREAM";
}
