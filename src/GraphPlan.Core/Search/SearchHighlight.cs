namespace GraphPlan.Core.Search;

/// <summary>
/// A field that matched (<c>id</c>, <c>name</c>, <c>aliases</c>, <c>nameEn</c>, <c>provenance</c>) and its text with the
/// matched terms wrapped in <see cref="Open"/> and <see cref="Close"/>; the rest of the text is HTML-escaped.
/// </summary>
public sealed record SearchHighlight(string Field, string Fragment)
{
    public const string Open = "<em>";
    public const string Close = "</em>";
}
