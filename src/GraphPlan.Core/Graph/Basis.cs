namespace GraphPlan.Core.Graph;

/// <summary>How strongly the cited text supports a fact.</summary>
public enum Basis
{
    /// <summary>The sentence says it outright.</summary>
    Stated,

    /// <summary>The two things are named in the same paragraph and the link is the paragraph's point.</summary>
    SameParagraph,

    /// <summary>A reader's inference from the text.</summary>
    Inferred,

    /// <summary>From a source outside the plan; <see cref="Provenance.Source"/> names it.</summary>
    External,
}
