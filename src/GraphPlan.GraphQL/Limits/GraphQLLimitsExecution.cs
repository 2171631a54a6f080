using System.Runtime.CompilerServices;
using GraphPlan.GraphQL.Errors;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace GraphPlan.GraphQL.Limits;

/// <summary>
/// Wraps every execution: checks the document text, parses it once (handing the tree to the executer through
/// <see cref="ExecutionOptions.Document"/>), checks its shape and its complexity, all before GraphQL.NET's own
/// validation; then runs it with a timeout and a parallelism cap and trims the errors of the answer.
/// </summary>
public sealed class GraphQLLimitsExecution(
    IOptions<GraphQLLimitsOptions> limits,
    IOptions<GraphQLSecurityOptions> security,
    IDocumentBuilder documentBuilder,
    IDocumentValidator validator) : IConfigureExecution
{
    // Documents this class parsed and measured; a document cache hands the same instance back, so it is not measured twice.
    private static readonly ConditionalWeakTable<GraphQLDocument, DocumentShape> _measured = [];

    // Complexity of cached documents whose cost cannot depend on variables (one operation, no variables).
    private static readonly ConditionalWeakTable<GraphQLDocument, MeasuredComplexity> _complexity = [];

    /// <summary>After option configuration (100) and after a document cache's lookup (200), so cached documents skip the parse.</summary>
    public float SortOrder => 250;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var limit = limits.Value;
        options.Timeout = limit.ExecutionTimeout;
        options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        options.MaxParallelExecutionCount = limit.MaxParallelExecution;

        if (options.Document is null && options.Query is { } query)
        {
            if (DocumentLimits.CheckText(query, limit) is { } textError)
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

        if (options.Document is { } document)
        {
            if (!_measured.TryGetValue(document, out var shape))
            {
                shape = DocumentLimits.Measure(document);
                if (DocumentLimits.Check(shape, limit, security.Value.Introspection) is { } shapeError)
                {
                    return Refuse(shapeError);
                }

                _measured.AddOrUpdate(document, shape);
            }

            if (limit.MaxComplexity is { } budget && !shape.HasBrokenFragments
                && await ComplexityAsync(options, document, limit).ConfigureAwait(false) is { } complexity && complexity > budget)
            {
                return Refuse(LimitErrors.Exceeded(LimitErrorCodes.Complexity, "The query complexity", (long)Math.Ceiling(complexity), budget, nameof(limit.MaxComplexity)));
            }
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Errors is { } errors && errors.Count > limit.MaxErrors)
        {
            var kept = new ExecutionErrors();
            kept.AddRange(errors.Take(limit.MaxErrors));
            result.Errors = kept;
        }

        return result;
    }

    /// <summary>The complexity of the operation, measured once per document when variables cannot change it.</summary>
    private async Task<double?> ComplexityAsync(ExecutionOptions options, GraphQLDocument document, GraphQLLimitsOptions limit)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var fixedCost = operations.Count == 1 && (operations[0].Variables?.Items.Count ?? 0) == 0;
        if (fixedCost && _complexity.TryGetValue(document, out var known) && known.DefaultListSize == limit.DefaultListSize)
        {
            return known.Value;
        }

        var complexity = await MeasureComplexityAsync(options, document, limit).ConfigureAwait(false);
        if (fixedCost)
        {
            _complexity.AddOrUpdate(document, new MeasuredComplexity(limit.DefaultListSize, complexity));
        }

        return complexity;
    }

    /// <summary>
    /// Runs GraphQL.NET's complexity analyzer alone (argument values, hence <c>first: $n</c>, included); null when the
    /// operation or its variables are invalid, which the full validation then reports.
    /// </summary>
    private async Task<double?> MeasureComplexityAsync(ExecutionOptions options, GraphQLDocument document, GraphQLLimitsOptions limit)
    {
        if (options.Schema is not { } schema || SelectOperation(document, options.OperationName) is not { } operation)
        {
            return null;
        }

        if (!schema.Initialized)
        {
            schema.Initialize();
        }

        double? measured = null;
        var complexity = new ComplexityOptions
        {
            DefaultListImpactMultiplier = limit.DefaultListSize,
            ValidateComplexityDelegate = context =>
            {
                measured = context.TotalImpact;
                return Task.CompletedTask;
            },
        };
        var standard = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = field => field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) ? new FieldComplexityResult(0, 0) : standard(field);

        var validation = new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = [new ComplexityValidationRule(complexity)],
            Variables = options.Variables ?? Inputs.Empty,
            Extensions = options.Extensions ?? Inputs.Empty,
            UserContext = options.UserContext,
            RequestServices = options.RequestServices,
            User = options.User,
            CancellationToken = options.CancellationToken,
            Metrics = Metrics.None,
        };
        try
        {
            await validator.ValidateAsync(validation).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NullReferenceException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            // The analyzer assumes a valid document (e.g. it trips over unknown fields); validation reports the real error.
            return null;
        }

        return measured;
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

    private sealed record MeasuredComplexity(int DefaultListSize, double? Value);
}
