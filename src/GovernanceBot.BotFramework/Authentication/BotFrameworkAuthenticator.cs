using System.Security.Claims;
using GovernanceBot.BotFramework.Logging;
using GovernanceBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovernanceBot.BotFramework.Authentication;

/// <summary>
/// Authenticates inbound activities the way the Bot Framework channel service expects: channel tokens
/// signed by keys published at login.botframework.com and endorsed for the activity's channel, and, for
/// bots registered in one tenant, Entra ID tokens issued by that tenant. Used when an app id is configured
/// (without one, <see cref="LoopbackOnlyAuthenticator"/> lets in local callers only). Rejection reasons quote
/// token and activity values escaped (<see cref="LogText"/>), since they end up in the log.
/// </summary>
public sealed class BotFrameworkAuthenticator : IInboundAuthenticator
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotIdentityOptions _options;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly OpenIdSigningKeySource _botFrameworkKeys;
    private readonly OpenIdSigningKeySource? _entraV1Keys;
    private readonly OpenIdSigningKeySource? _entraV2Keys;
    private readonly string? _entraV1Issuer;
    private readonly string? _entraV2Issuer;
    private readonly HashSet<string> _allowedCallers;

    public BotFrameworkAuthenticator(IOptions<BotIdentityOptions> options, IHttpClientFactory httpClientFactory, TimeProvider clock, ILogger<BotFrameworkAuthenticator> logger)
    {
        _options = options.Value;
        _allowedCallers = new HashSet<string>(_options.AllowedCallers.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
        if (!_options.HasAppId) throw new InvalidOperationException("Token authentication needs a MicrosoftAppId.");

        OpenIdSigningKeySource Source(string url) => new(
            new Uri(url),
            () => httpClientFactory.CreateClient(HttpClientName),
            clock,
            _options.SigningKeyRefreshInterval,
            _options.SigningKeyMinimumRefreshInterval,
            _options.SigningKeyMaximumAge,
            logger);

        _botFrameworkKeys = Source(_options.BotFrameworkOpenIdMetadataUrl);
        if (_options.IsTenantBound && _options.MicrosoftAppTenantId is { } tenant)
        {
            var escapedTenant = Uri.EscapeDataString(tenant);
            _entraV1Keys = Source(_options.EntraV1OpenIdMetadataUrl.Replace(BotIdentityOptions.TenantPlaceholder, escapedTenant, StringComparison.Ordinal));
            _entraV2Keys = Source(_options.EntraV2OpenIdMetadataUrl.Replace(BotIdentityOptions.TenantPlaceholder, escapedTenant, StringComparison.Ordinal));
            _entraV1Issuer = $"https://sts.windows.net/{tenant}/";
            _entraV2Issuer = $"https://login.microsoftonline.com/{tenant}/v2.0";
        }
    }

    internal const string HttpClientName = "GovernanceBot.BotFramework.OpenIdMetadata";

    public async Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, ActivityEnvelope activity, bool remoteIsLoopback, CancellationToken cancellationToken)
    {
        var token = ReadBearerToken(authorizationHeader);
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
            throw new AuthenticationFailedException($"signing algorithm '{Quote(token.Alg)}' is not accepted (RS256, RS384 or RS512 only)");
        if (string.IsNullOrEmpty(token.Kid))
            throw new AuthenticationFailedException("the token header has no kid");
        // RFC 7515 §4.1.11: extensions listed as critical must be understood, and this bot understands none.
        if (token.TryGetHeaderValue<object>("crit", out _))
            throw new AuthenticationFailedException("the token header lists critical extensions (crit), which are not supported");
        CheckLifetime(token);

        return token.Issuer switch
        {
            BotFrameworkIssuer => await ValidateChannelTokenAsync(token, activity, cancellationToken),
            var issuer when issuer == _entraV1Issuer => await ValidateEntraTokenAsync(token, _entraV1Keys!, "appid", cancellationToken),
            var issuer when issuer == _entraV2Issuer => await ValidateEntraTokenAsync(token, _entraV2Keys!, "azp", cancellationToken),
            var issuer => throw new AuthenticationFailedException($"issuer '{Quote(issuer)}' is not accepted"),
        };
    }

    /// <summary>
    /// Channel and Entra tokens live about an hour; one valid for longer than the configured maximum is
    /// refused even when signed, so that a leaked long-lived token is not good for its whole life.
    /// </summary>
    private void CheckLifetime(JsonWebToken token)
    {
        if (!token.TryGetPayloadValue<long>("exp", out _)) return; // refused as "no expiry" by the validation
        var from = token.TryGetPayloadValue<long>("nbf", out _) ? token.ValidFrom
            : token.TryGetPayloadValue<long>("iat", out _) ? token.IssuedAt
            : DateTime.UtcNow;
        if (token.ValidTo - from > _options.MaxTokenLifetime)
            throw new AuthenticationFailedException($"the token is valid for {(token.ValidTo - from).TotalHours:0.#} hours, more than the {_options.MaxTokenLifetime.TotalHours:0.#} accepted");
    }

    private static string Quote(string? value) => LogText.Safe(value, 120);

    private JsonWebToken ReadBearerToken(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
            throw new AuthenticationFailedException("the Authorization header is missing");
        const string scheme = "Bearer ";
        if (!authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            throw new AuthenticationFailedException("the Authorization header does not use the Bearer scheme");
        var raw = authorizationHeader[scheme.Length..].Trim();
        try
        {
            return _handler.ReadJsonWebToken(raw);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenMalformedException)
        {
            throw new AuthenticationFailedException("the bearer token is not a well-formed JWT");
        }
    }

    private async Task<ClaimsIdentity> ValidateChannelTokenAsync(JsonWebToken token, ActivityEnvelope activity, CancellationToken cancellationToken)
    {
        var key = await FindKeyAsync(_botFrameworkKeys, token.Kid, cancellationToken);
        if (string.IsNullOrEmpty(activity.ChannelId))
            throw new AuthenticationFailedException("the activity has no channelId to check the key endorsement against");
        if (!key.IsEndorsedFor(activity.ChannelId))
            throw new AuthenticationFailedException($"signing key '{Quote(token.Kid)}' is not endorsed for channel '{Quote(activity.ChannelId)}'");

        var identity = await ValidateAsync(token, key, BotFrameworkIssuer);

        var serviceUrl = identity.FindFirst(ServiceUrlClaim)?.Value;
        if (serviceUrl is null)
            throw new AuthenticationFailedException("the channel token has no serviceurl claim");
        if (!ServiceUrlComparison.AreSame(serviceUrl, activity.ServiceUrl))
            throw new AuthenticationFailedException($"the token's serviceurl '{Quote(serviceUrl)}' differs from the activity's serviceUrl '{Quote(activity.ServiceUrl)}'");
        return identity;
    }

    private async Task<ClaimsIdentity> ValidateEntraTokenAsync(JsonWebToken token, OpenIdSigningKeySource keys, string callerClaim, CancellationToken cancellationToken)
    {
        var key = await FindKeyAsync(keys, token.Kid, cancellationToken);
        var identity = await ValidateAsync(token, key, token.Issuer);
        var caller = identity.FindFirst(callerClaim)?.Value;
        if (string.IsNullOrEmpty(caller))
            throw new AuthenticationFailedException($"the Entra ID token has no {callerClaim} claim");
        // Any app of the tenant can get a token for the bot's audience: only listed callers may speak to it.
        if (!_allowedCallers.Contains("*") && !_allowedCallers.Contains(caller))
            throw new AuthenticationFailedException($"caller app '{Quote(caller)}' is not in AllowedCallers");
        return identity;
    }

    private static async Task<SigningKey> FindKeyAsync(OpenIdSigningKeySource keys, string keyId, CancellationToken cancellationToken) =>
        await keys.FindAsync(keyId, cancellationToken)
        ?? throw new AuthenticationFailedException($"no signing key '{Quote(keyId)}' is published at {keys.MetadataUrl}");

    private async Task<ClaimsIdentity> ValidateAsync(JsonWebToken token, SigningKey key, string issuer)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = _options.MicrosoftAppId,
            IssuerSigningKey = key.Key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
        };
        var result = await _handler.ValidateTokenAsync(token, parameters);
        return result.IsValid
            ? result.ClaimsIdentity
            : throw new AuthenticationFailedException(DescribeRejection(result.Exception, token));
    }

    private string DescribeRejection(Exception? error, JsonWebToken token) => error switch
    {
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenExpiredException => $"the token expired at {token.ValidTo:O}, beyond the {ClockSkew.TotalMinutes:0}-minute clock skew",
        SecurityTokenNotYetValidException => $"the token is not valid before {token.ValidFrom:O}",
        SecurityTokenInvalidAudienceException => $"audience '{Quote(string.Join(", ", token.Audiences))}' is not the app id '{_options.MicrosoftAppId}'",
        SecurityTokenInvalidIssuerException => $"issuer '{Quote(token.Issuer)}' is not accepted",
        SecurityTokenInvalidAlgorithmException => $"signing algorithm '{Quote(token.Alg)}' is not accepted",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => $"the signature does not verify with key '{Quote(token.Kid)}'",
        null => "the token was rejected",
        _ => $"the token was rejected ({error.GetType().Name})",
    };
}
