namespace GraphPlan.Core.Search;

/// <summary>A sentence of the plan text: its number in reading order, its text and the chapter or section entity it stands in.</summary>
public sealed record PlanSentence(int Number, string Text, string Section);
