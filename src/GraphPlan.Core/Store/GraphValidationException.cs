namespace GraphPlan.Core.Store;

/// <summary>A write was refused because what it would store is malformed; <see cref="Problems"/> says why.</summary>
public sealed class GraphValidationException(string subject, IReadOnlyList<string> problems)
    : Exception($"{subject}: {string.Join("; ", problems)}")
{
    public string Subject { get; } = subject;

    public IReadOnlyList<string> Problems { get; } = problems;

    /// <summary>Throws when there is any problem with <paramref name="subject"/>.</summary>
    public static void ThrowIfAny(string subject, IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count > 0)
        {
            throw new GraphValidationException(subject, problems);
        }
    }
}
