using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace GovernanceBot.BotFramework.Tests.Authentication;

/// <summary>An RSA key pair generated for one test run, published in JWKS form by the loopback identity provider.</summary>
public sealed class TestSigningKey
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string keyId) => KeyId = keyId;

    public string KeyId { get; }

    public SecurityKey PrivateKey => new RsaSecurityKey(_rsa) { KeyId = KeyId };

    public JsonObject ToJwk(params string[] endorsements)
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements.Length > 0)
            jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)).ToArray());
        return jwk;
    }
}
