using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovernanceBot.BotFramework.Tests.Authentication;

/// <summary>Mints JWTs the way the channel service and Entra ID shape them, with every part under the test's control.</summary>
public static class TestTokens
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Create(
        SigningCredentials? signing,
        string issuer,
        string audience,
        IDictionary<string, object> claims,
        DateTime? expires,
        DateTime? notBefore = null,
        IDictionary<string, object>? extraHeaders = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            Expires = expires,
            NotBefore = notBefore ?? expires?.AddHours(-1),
            IssuedAt = notBefore ?? expires?.AddHours(-1),
            SigningCredentials = signing,
            AdditionalHeaderClaims = extraHeaders,
        };
        return Handler.CreateToken(descriptor);
    }

    public static SigningCredentials Rsa(TestSigningKey key, string algorithm = SecurityAlgorithms.RsaSha256) => new(key.PrivateKey, algorithm);
}
