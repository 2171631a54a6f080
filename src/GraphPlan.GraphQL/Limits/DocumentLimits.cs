using GraphPlan.GraphQL.Errors;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GraphPlan.GraphQL.Limits;

/// <summary>
/// Cheap checks of a GraphQL document that run before GraphQL.NET's validation (whose field-merging rule is
/// super-linear): first on the raw text (length, lexer tokens), then on the parsed tree (one linear walk, with
/// fragments measured once each).
/// </summary>
public static class DocumentLimits
{
    private const int IntrospectionVisitBudget = 10_000;

    // The counted limits, in the order they are checked: what the document has, against its configured maximum.
    private static readonly ShapeCount[] _counts =
    [
        new(ErrorCodes.Operations, "The number of operation definitions", s => s.Operations, l => l.MaxOperations, nameof(GraphQLLimitsOptions.MaxOperations)),
        new(ErrorCodes.Fragments, "The number of fragment definitions", s => s.Fragments, l => l.MaxFragments, nameof(GraphQLLimitsOptions.MaxFragments)),
        new(ErrorCodes.Fragments, "The number of fragment spreads", s => s.FragmentSpreads, l => l.MaxFragmentSpreads, nameof(GraphQLLimitsOptions.MaxFragmentSpreads)),
        new(ErrorCodes.Fields, "The number of field selections", s => s.Fields, l => l.MaxFields, nameof(GraphQLLimitsOptions.MaxFields)),
        new(ErrorCodes.Aliases, "The number of aliases", s => s.Aliases, l => l.MaxAliases, nameof(GraphQLLimitsOptions.MaxAliases)),
        new(ErrorCodes.Directives, "The number of directives in one location", s => s.MaxDirectivesPerLocation, l => l.MaxDirectivesPerLocation, nameof(GraphQLLimitsOptions.MaxDirectivesPerLocation)),
        new(ErrorCodes.Directives, "The number of directives", s => s.Directives, l => l.MaxDirectives, nameof(GraphQLLimitsOptions.MaxDirectives)),
        new(ErrorCodes.RootFields, "The number of root fields", s => s.MaxRootFields, l => l.MaxRootFields, nameof(GraphQLLimitsOptions.MaxRootFields)),
        new(ErrorCodes.RootFields, "The number of mutation root fields", s => s.MaxMutationRootFields, l => l.MaxMutationRootFields, nameof(GraphQLLimitsOptions.MaxMutationRootFields)),
        new(ErrorCodes.Depth, "The query depth", s => s.Depth, l => l.MaxDepth, nameof(GraphQLLimitsOptions.MaxDepth)),
    ];
    private static readonly HashSet<string> _introspectionListFields = new(StringComparer.Ordinal) { "fields", "inputFields", "interfaces", "possibleTypes", "enumValues", "args" };

    /// <summary>Length and token count of the document text; null when within the limits (or unlexable: the parser reports that).</summary>
    public static ExecutionError? CheckText(string query, GraphQLLimitsOptions limits)
    {
        if (query.Length > limits.MaxDocumentLength)
        {
            return LimitErrors.Exceeded(ErrorCodes.DocumentLength, "The document length (characters)", query.Length, limits.MaxDocumentLength, nameof(limits.MaxDocumentLength));
        }

        var tokens = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(query, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return null;
                }

                if (token.Kind != TokenKind.COMMENT && ++tokens > limits.MaxTokens)
                {
                    return LimitErrors.AtLeast(ErrorCodes.Tokens, "The document's token count", limits.MaxTokens, nameof(limits.MaxTokens));
                }

                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }

    /// <summary>The parser's own nesting limit (GraphQL-Parser's 128 levels), reported as a syntax error.</summary>
    public static ExecutionError TooDeepToParse() =>
        new("Syntax error: the document nests deeper than the parser allows (128 levels).") { Code = ErrorCodes.SyntaxError };

    /// <summary>Measures a parsed document in one walk.</summary>
    public static DocumentShape Measure(GraphQLDocument document)
    {
        var walker = new Walker(document);
        return walker.Run();
    }

    /// <summary>The first limit the shape exceeds, or null.</summary>
    public static ExecutionError? Check(DocumentShape shape, GraphQLLimitsOptions limits, bool introspectionAllowed)
    {
        foreach (var count in _counts)
        {
            if (count.Seen(shape) > count.Limit(limits))
            {
                return LimitErrors.Exceeded(count.Code, count.What, count.Seen(shape), count.Limit(limits), count.Key);
            }
        }

        if (shape.HasIntrospection && !introspectionAllowed)
        {
            return new ExecutionError("Introspection (__schema, __type) is disabled on this server (GraphQL:Introspection); the schema is published as schema/schema.graphql.") { Code = ErrorCodes.IntrospectionDisabled };
        }

        if (shape.IntrospectionDepth > limits.MaxIntrospectionDepth)
        {
            return LimitErrors.Exceeded(ErrorCodes.IntrospectionDepth, "The introspection depth", shape.IntrospectionDepth, limits.MaxIntrospectionDepth, nameof(limits.MaxIntrospectionDepth));
        }

        return shape.HasIntrospectionListRecursion
            ? new ExecutionError("An introspection list field (fields, inputFields, interfaces, possibleTypes, enumValues, args) is nested inside itself; at most one level is allowed.") { Code = ErrorCodes.IntrospectionDepth }
            : null;
    }

    private sealed record ShapeCount(string Code, string What, Func<DocumentShape, int> Seen, Func<GraphQLLimitsOptions, int> Limit, string Key);

    private static bool IsIntrospection(GraphQLField field) => field.Name.Value == "__schema" || field.Name.Value == "__type";

    private sealed class Walker(GraphQLDocument document)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _fragmentDepth = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _fragmentRootFields = new(StringComparer.Ordinal);
        private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
        private readonly List<GraphQLField> _introspectionFields = [];
        private int _fields;
        private int _aliases;
        private int _spreads;
        private int _directives;
        private int _maxDirectives;
        private bool _broken;
        private int _visits;
        private bool _listRecursion;

        public DocumentShape Run()
        {
            var operations = new List<GraphQLOperationDefinition>();
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case GraphQLOperationDefinition operation:
                        operations.Add(operation);
                        CountDirectives(operation.Directives);
                        foreach (var variable in operation.Variables?.Items ?? [])
                        {
                            CountDirectives(variable.Directives);
                        }

                        Tally(operation.SelectionSet);
                        break;
                    case GraphQLFragmentDefinition fragment:
                        if (!_fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment))
                        {
                            _broken = true;
                        }

                        CountDirectives(fragment.Directives);
                        Tally(fragment.SelectionSet);
                        break;
                }
            }

            var depth = 0;
            var rootFields = 0;
            var mutationRootFields = 0;
            foreach (var operation in operations)
            {
                depth = Math.Max(depth, Depth(operation.SelectionSet));
                var roots = RootFields(operation.SelectionSet);
                rootFields = Math.Max(rootFields, roots);
                if (operation.Operation == OperationType.Mutation)
                {
                    mutationRootFields = Math.Max(mutationRootFields, roots);
                }
            }

            var introspectionDepth = 0;
            foreach (var field in _introspectionFields)
            {
                introspectionDepth = Math.Max(introspectionDepth, IntrospectionDepth(field, 1, [], []));
            }

            return new DocumentShape
            {
                Operations = operations.Count,
                Fragments = _fragments.Count,
                FragmentSpreads = _spreads,
                Fields = _fields,
                Aliases = _aliases,
                Directives = _directives,
                MaxDirectivesPerLocation = _maxDirectives,
                MaxRootFields = rootFields,
                MaxMutationRootFields = mutationRootFields,
                Depth = depth,
                HasIntrospection = _introspectionFields.Count > 0,
                IntrospectionDepth = introspectionDepth,
                HasIntrospectionListRecursion = _listRecursion,
                HasBrokenFragments = _broken,
            };
        }

        private void CountDirectives(GraphQLDirectives? directives)
        {
            var count = directives?.Count ?? 0;
            _directives += count;
            _maxDirectives = Math.Max(_maxDirectives, count);
        }

        /// <summary>Counts what is written, without expanding fragments.</summary>
        private void Tally(GraphQLSelectionSet? set)
        {
            foreach (var selection in set?.Selections ?? [])
            {
                switch (selection)
                {
                    case GraphQLField field:
                        _fields++;
                        if (field.Alias is not null)
                        {
                            _aliases++;
                        }

                        if (IsIntrospection(field))
                        {
                            _introspectionFields.Add(field);
                        }

                        CountDirectives(field.Directives);
                        Tally(field.SelectionSet);
                        break;
                    case GraphQLInlineFragment inline:
                        CountDirectives(inline.Directives);
                        Tally(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        _spreads++;
                        CountDirectives(spread.Directives);
                        break;
                }
            }
        }

        /// <summary>Depth through fragments (each measured once); introspection fields count 1 here and are measured on their own.</summary>
        private int Depth(GraphQLSelectionSet? set)
        {
            var max = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                var depth = selection switch
                {
                    GraphQLField field when IsIntrospection(field) => 1,
                    GraphQLField field => 1 + Depth(field.SelectionSet),
                    GraphQLInlineFragment inline => Depth(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Memoized(spread, _fragmentDepth, f => Depth(f.SelectionSet)),
                    _ => 0,
                };
                max = Math.Max(max, depth);
            }

            return max;
        }

        private int RootFields(GraphQLSelectionSet? set)
        {
            var count = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                count += selection switch
                {
                    GraphQLField => 1,
                    GraphQLInlineFragment inline => RootFields(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Memoized(spread, _fragmentRootFields, f => RootFields(f.SelectionSet)),
                    _ => 0,
                };
            }

            return count;
        }

        private int Memoized(GraphQLFragmentSpread spread, Dictionary<string, int> memo, Func<GraphQLFragmentDefinition, int> measure)
        {
            var name = spread.FragmentName.Name.StringValue;
            if (memo.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
            {
                _broken = true;
                return 0;
            }

            var value = measure(fragment);
            _inProgress.Remove(name);
            memo[name] = value;
            return value;
        }

        /// <summary>Depth below an introspection field, walking every path (introspection documents are small); flags list recursion.</summary>
        private int IntrospectionDepth(GraphQLField field, int depth, HashSet<string> listsOnPath, HashSet<string> fragmentsOnPath)
        {
            if (++_visits > IntrospectionVisitBudget)
            {
                _listRecursion = true;
                return depth;
            }

            var name = field.Name.StringValue;
            var isList = _introspectionListFields.Contains(name);
            if (isList && !listsOnPath.Add(name))
            {
                _listRecursion = true;
                return depth;
            }

            var max = depth;
            foreach (var child in Fields(field.SelectionSet, fragmentsOnPath))
            {
                max = Math.Max(max, IntrospectionDepth(child, depth + 1, listsOnPath, fragmentsOnPath));
                if (_listRecursion)
                {
                    break;
                }
            }

            if (isList)
            {
                listsOnPath.Remove(name);
            }

            return max;
        }

        /// <summary>The fields of a selection set with fragments inlined; a fragment already being expanded on this path is skipped.</summary>
        private IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? set, HashSet<string> fragmentsOnPath)
        {
            foreach (var selection in set?.Selections ?? [])
            {
                switch (selection)
                {
                    case GraphQLField field:
                        yield return field;
                        break;
                    case GraphQLInlineFragment inline:
                        foreach (var field in Fields(inline.SelectionSet, fragmentsOnPath))
                        {
                            yield return field;
                        }

                        break;
                    case GraphQLFragmentSpread spread when _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) && fragmentsOnPath.Add(fragment.FragmentName.Name.StringValue):
                        foreach (var field in Fields(fragment.SelectionSet, fragmentsOnPath))
                        {
                            yield return field;
                        }

                        fragmentsOnPath.Remove(fragment.FragmentName.Name.StringValue);
                        break;
                }
            }
        }
    }
}
