namespace GraphPlan.Core.Search;

/// <summary>A sentence of the plan that matched a search, the text with its matches marked, and the entities whose provenance quotes it.</summary>
public sealed record Passage(PlanSentence Sentence, double Score, string Fragment, IReadOnlyList<string> CitedBy);
