namespace GovernanceBot.BotFramework.Authentication;

/// <summary>
/// The bot's identity, bound from the configuration root under the key names Azure's bot templates use,
/// so an administrator recognises them. The endpoint properties default to the public Microsoft
/// endpoints; tests point them at loopback servers.
/// </summary>
public sealed class BotIdentityOptions
{
    /// <summary>The bot's Entra application (client) id; empty means local mode without authentication.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Client secret of the app registration (MultiTenant and SingleTenant).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Tenant of the app registration (SingleTenant and UserAssignedMSI).</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>MultiTenant (default when empty), SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>OpenID metadata of the Bot Framework channel service (issuer of channel tokens).</summary>
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Entra v1 OpenID metadata; <c>{tenant}</c> is replaced by the bot's tenant id.</summary>
    public string EntraV1OpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenant}/.well-known/openid-configuration";

    /// <summary>Entra v2 OpenID metadata; <c>{tenant}</c> is replaced by the bot's tenant id.</summary>
    public string EntraV2OpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>Authority the outbound client-credentials token is requested from.</summary>
    public string EntraTokenAuthority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Scope of the outbound token (the Bot Connector API).</summary>
    public string BotFrameworkOAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// App ids whose Entra ID tokens are accepted (other bots or services calling this one in the bot's
    /// tenant); "*" accepts any app of the tenant. Empty: only Bot Framework channel tokens are accepted.
    /// </summary>
    public string[] AllowedCallers { get; set; } = [];

    /// <summary>How long fetched signing keys are trusted before they are fetched again.</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Least time between two fetches caused by a token whose key id is unknown, so that forged key ids
    /// cannot make the bot hammer the metadata endpoint.
    /// </summary>
    public TimeSpan SigningKeyMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long keys already known stay usable while refreshing them keeps failing. Past it, tokens are
    /// refused until the metadata answers again: a key withdrawn by its publisher (rotated after a leak)
    /// must not stay trusted forever because the bot cannot reach the publisher.
    /// </summary>
    public TimeSpan SigningKeyMaximumAge { get; set; } = TimeSpan.FromDays(2);

    /// <summary>
    /// Longest validity (expiry minus not-before) an inbound token may have. Channel and Entra app tokens
    /// live about an hour; a day leaves room for every legitimate issuer.
    /// </summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    public const string TenantPlaceholder = "{tenant}";

    /// <summary>The tenant outbound tokens of multi-tenant bots are requested from.</summary>
    public const string MultiTenantTokenTenant = "botframework.com";

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The parsed <see cref="MicrosoftAppType"/>; only meaningful once the options are validated.</summary>
    public BotAppType AppType => TryParseAppType(MicrosoftAppType, out var type) ? type : BotAppType.MultiTenant;

    /// <summary>Whether the app registration belongs to one tenant, whose Entra tokens are then accepted too.</summary>
    public bool IsTenantBound => AppType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI;

    internal static bool TryParseAppType(string? value, out BotAppType type)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            type = BotAppType.MultiTenant;
            return true;
        }
        return Enum.TryParse(value.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type);
    }
}
