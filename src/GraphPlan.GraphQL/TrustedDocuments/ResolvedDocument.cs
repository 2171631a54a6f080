using GraphQL;

namespace GraphPlan.GraphQL.TrustedDocuments;

/// <summary>The text of the document to run and whether it comes from a trusted manifest; or, instead, why it is refused.</summary>
public sealed record ResolvedDocument(string Query, bool Trusted, ExecutionError? Refusal = null)
{
    public static ResolvedDocument Refused(string code, string message) => new(string.Empty, false, new ExecutionError(message) { Code = code });
}
