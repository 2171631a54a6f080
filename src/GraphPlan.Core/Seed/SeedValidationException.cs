namespace GraphPlan.Core.Seed;

/// <summary>The seed did not load; every problem found is listed, each naming its file and entry.</summary>
public sealed class SeedValidationException(IReadOnlyList<SeedError> errors)
    : Exception(Describe(errors))
{
    private const int Shown = 20;

    public IReadOnlyList<SeedError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<SeedError> errors)
    {
        var lines = errors.Take(Shown).Select(e => "  " + e);
        var more = errors.Count > Shown ? $"{Environment.NewLine}  ... and {errors.Count - Shown} more" : string.Empty;
        return $"The seed has {errors.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
