using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework.Authentication;

/// <summary>Rejects an inconsistent bot identity at start-up, naming the configuration key to fix.</summary>
internal sealed class BotIdentityOptionsValidator : IValidateOptions<BotIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BotIdentityOptions options)
    {
        var failures = new List<string>();

        if (!BotIdentityOptions.TryParseAppType(options.MicrosoftAppType, out var type))
        {
            failures.Add($"MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI (found '{options.MicrosoftAppType}').");
        }
        else if (!options.HasAppId)
        {
            if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
                failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is missing.");
            if (type != BotAppType.MultiTenant)
                failures.Add($"MicrosoftAppType {type} requires MicrosoftAppId.");
        }
        else
        {
            if ((type is BotAppType.MultiTenant or BotAppType.SingleTenant) && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
                failures.Add($"MicrosoftAppType {type} with MicrosoftAppId requires MicrosoftAppPassword (the client secret).");
            if ((type is BotAppType.SingleTenant or BotAppType.UserAssignedMSI) && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
                failures.Add($"MicrosoftAppType {type} requires MicrosoftAppTenantId.");
        }

        CheckEndpoint(failures, nameof(options.BotFrameworkOpenIdMetadataUrl), options.BotFrameworkOpenIdMetadataUrl);
        CheckEndpoint(failures, nameof(options.EntraV1OpenIdMetadataUrl), options.EntraV1OpenIdMetadataUrl.Replace(BotIdentityOptions.TenantPlaceholder, "tenant", StringComparison.Ordinal));
        CheckEndpoint(failures, nameof(options.EntraV2OpenIdMetadataUrl), options.EntraV2OpenIdMetadataUrl.Replace(BotIdentityOptions.TenantPlaceholder, "tenant", StringComparison.Ordinal));
        CheckEndpoint(failures, nameof(options.EntraTokenAuthority), options.EntraTokenAuthority);
        if (string.IsNullOrWhiteSpace(options.BotFrameworkOAuthScope))
            failures.Add("BotFrameworkOAuthScope must not be empty.");
        if (options.SigningKeyRefreshInterval <= TimeSpan.Zero)
            failures.Add("SigningKeyRefreshInterval must be positive.");
        if (options.SigningKeyMinimumRefreshInterval < TimeSpan.Zero)
            failures.Add("SigningKeyMinimumRefreshInterval must not be negative.");
        if (options.SigningKeyMaximumAge < options.SigningKeyRefreshInterval)
            failures.Add("SigningKeyMaximumAge must be at least SigningKeyRefreshInterval.");
        if (options.MaxTokenLifetime <= TimeSpan.Zero)
            failures.Add("MaxTokenLifetime must be positive.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Keys and tokens must come over TLS; plain HTTP is tolerated only for loopback test servers.
    private static void CheckEndpoint(List<string> failures, string key, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            failures.Add($"{key} must be an absolute http(s) URL (found '{value}').");
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            failures.Add($"{key} must use https unless it points to a loopback address (found '{value}').");
    }
}
