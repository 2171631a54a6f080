using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Search;

/// <summary>What to search for and which slice of the ranked hits to return.</summary>
public sealed record SearchRequest(string Text)
{
    /// <summary>Longer text is refused: names and sentences of the plan are far shorter, and every term costs a clause.</summary>
    public const int MaxTextLength = 256;

    public const int MaxLimit = 100;

    /// <summary>Only these kinds; empty means every kind.</summary>
    public IReadOnlyList<EntityKind> Kinds { get; init; } = [];

    public int Offset { get; init; }

    public int Limit { get; init; } = 10;

    /// <summary>Why the request cannot be searched, naming the argument and the limit; null when it can.</summary>
    public string? Problem() =>
        Text is null ? "Argument 'text' is required."
        : Text.Length > MaxTextLength ? $"Argument 'text' has {Text.Length} characters; at most {MaxTextLength} are allowed."
        : Limit is < 1 or > MaxLimit ? $"Argument 'first' is {Limit}; it must be between 1 and {MaxLimit}."
        : Offset < 0 ? $"Argument 'after' points before the first hit ({Offset})."
        : null;

    /// <summary>Throws <see cref="ArgumentException"/> with <see cref="Problem"/> when there is one.</summary>
    public void Check()
    {
        if (Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(Text));
        }
    }
}
