using Microsoft.AspNetCore.Authentication;

namespace GraphPlan.Api.Security;

/// <summary>The configured API keys (section <c>Curation</c>).</summary>
public sealed class ApiKeyOptions : AuthenticationSchemeOptions
{
    public const string Section = "Curation";
    public const string Scheme = "ApiKey";
    public const string Header = "X-Api-Key";

    public List<ApiKeyEntry> Keys { get; } = [];
}
