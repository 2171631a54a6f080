using System.Runtime.CompilerServices;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Errors;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace GraphPlan.GraphQL.Limits;

/// <summary>
/// Wraps every execution: checks the document text, parses it once (handing the tree to the executer through
/// <see cref="ExecutionOptions.Document"/>), checks its shape and its estimated cost (<see cref="CostAnalysis"/>), all before GraphQL.NET's own
/// validation; then runs it with a timeout and a parallelism cap, trims the errors of the answer and reports the estimated and actual cost in <c>extensions.cost</c>.
/// </summary>
public sealed class GraphQLLimitsExecution(
    IOptions<GraphQLLimitsOptions> limits,
    IOptions<GraphQLSecurityOptions> security,
    IDocumentBuilder documentBuilder) : IConfigureExecution
{
    // Documents this class parsed and measured; a document cache hands the same instance back, so it is not measured twice.
    private static readonly ConditionalWeakTable<GraphQLDocument, DocumentShape> _measured = [];

    // Estimates of cached documents whose cost cannot depend on variables (one operation, no variables).
    private static readonly ConditionalWeakTable<GraphQLDocument, KnownEstimate> _estimates = [];

    /// <summary>After option configuration (100) and after a document cache's lookup (200), so cached documents skip the parse.</summary>
    public float SortOrder => 250;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var limit = limits.Value;
        options.Timeout = limit.ExecutionTimeout;
        options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        options.MaxParallelExecutionCount = limit.MaxParallelExecution;

        // A trusted document (ours, from the manifest, when only those run) skips the document limits; its cost is still reported.
        var trusted = options.UserContext.TryGetValue(GraphPlanGraphQLExtensions.TrustedDocumentKey, out var flag) && flag is true;
        if (options.Document is null && options.Query is { } query)
        {
            if (!trusted && DocumentLimits.CheckText(query, limit) is { } textError)
            {
                return Refuse(textError);
            }

            try
            {
                options.Document = documentBuilder.Build(query);
            }
            catch (ExecutionError syntax)
            {
                return Refuse(syntax);
            }
            catch (GraphQLMaxDepthExceededException)
            {
                return Refuse(DocumentLimits.TooDeepToParse());
            }
        }

        CostEstimate? estimate = null;
        if (options.Document is { } document)
        {
            if (!_measured.TryGetValue(document, out var shape))
            {
                shape = DocumentLimits.Measure(document);
                if (!trusted)
                {
                    if (DocumentLimits.Check(shape, limit, security.Value.Introspection) is { } shapeError)
                    {
                        return Refuse(shapeError);
                    }

                    // Remembered only once checked: a trusted document measured here may be over a limit.
                    _measured.AddOrUpdate(document, shape);
                }
            }

            if (!shape.HasBrokenFragments)
            {
                estimate = await EstimateAsync(options, document, limit).ConfigureAwait(false);
            }

            if (!trusted && limit.MaxComplexity is { } budget && estimate is { } over && over.Total > budget)
            {
                var refused = Refuse(new CostLimitError(over, budget));
                refused.Extensions = new Dictionary<string, object?> { ["cost"] = Report(over.Total, null, budget) };
                return refused;
            }
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Errors is { } errors && errors.Count > limit.MaxErrors)
        {
            var kept = new ExecutionErrors();
            kept.AddRange(errors.Take(limit.MaxErrors));
            result.Errors = kept;
        }

        if (estimate is not null && result.Executed)
        {
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions["cost"] = Report(estimate.Total, ActualCost.Of(result.Data), limit.MaxComplexity);
        }

        return result;
    }

    /// <summary>The <c>extensions.cost</c> of a response: the estimate checked against the budget, and what the answer actually cost.</summary>
    private static Dictionary<string, object?> Report(double estimated, double? actual, int? budget) => new(StringComparer.Ordinal)
    {
        ["estimated"] = estimated,
        ["actual"] = actual,
        ["budget"] = budget,
    };

    /// <summary>The operation's estimated cost, measured once per document when variables cannot change it (and the statistics did not).</summary>
    private static async Task<CostEstimate?> EstimateAsync(ExecutionOptions options, GraphQLDocument document, GraphQLLimitsOptions limit)
    {
        if (options.Schema is not { } schema || SelectOperation(document, options.OperationName) is not { } operation)
        {
            return null;
        }

        if (!schema.Initialized)
        {
            schema.Initialize();
        }

        // Without a budget (in-process callers) the estimate is only reported, so the store is not asked for its figures.
        var statistics = limit.MaxComplexity is null
            ? CostStatistics.Fallback
            : await CostStatisticsSource.GetAsync(options.RequestServices?.GetService(typeof(IGraphStore)) as IGraphStore, options.CancellationToken).ConfigureAwait(false);
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().Count();
        var fixedCost = operations == 1 && (operation.Variables?.Items.Count ?? 0) == 0;
        if (fixedCost && _estimates.TryGetValue(document, out var known) && known.DefaultListSize == limit.DefaultListSize && ReferenceEquals(known.Statistics, statistics))
        {
            return known.Estimate;
        }

        var estimate = CostAnalysis.Estimate(schema, document, operation, options.Variables ?? Inputs.Empty, statistics, limit.DefaultListSize);
        if (fixedCost)
        {
            _estimates.AddOrUpdate(document, new KnownEstimate(limit.DefaultListSize, statistics, estimate));
        }

        return estimate;
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? found = null;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.StringValue == operationName)
            {
                return operation;
            }
        }

        return found;
    }

    private static ExecutionResult Refuse(ExecutionError error) => new() { Errors = [error] };

    private sealed record KnownEstimate(int DefaultListSize, CostStatistics Statistics, CostEstimate Estimate);
}
