using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GraphPlan.Api.Security;

/// <summary>
/// Reads <c>X-Api-Key</c>, hashes it, and compares the hash with every configured one in constant time.
/// A request without a key stays anonymous: it can read the plan but not curate it.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<ApiKeyOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<ApiKeyOptions>(options, logger, encoder)
{
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyOptions.Header, out var presented) || string.IsNullOrEmpty(presented))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var hash = Encoding.ASCII.GetBytes(Hash(presented.ToString()));
        ApiKeyEntry? match = null;
        foreach (var key in Options.Keys)
        {
            // Every configured key is compared, in constant time, so timing tells nothing about which one is near.
            if (CryptographicOperations.FixedTimeEquals(hash, Encoding.ASCII.GetBytes(key.Sha256.Trim().ToLowerInvariant())))
            {
                match = key;
            }
        }

        if (match is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not recognized."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, match.Name), new Claim(ClaimTypes.Role, match.Role)], ApiKeyOptions.Scheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyOptions.Scheme)));
    }
}
