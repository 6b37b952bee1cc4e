using Azure.Identity;
using GovernanceBot.BotFramework.Authentication;
using GovernanceBot.BotFramework.Proactive;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IConnectorClientFactory"/>, <see cref="IProactiveMessenger"/> and <see cref="IConnectorTokenProvider"/>: no token
    /// without an app id, a client secret for MultiTenant and SingleTenant, the managed identity for
    /// UserAssignedMSI. Retry bounds come from the <c>BotConnector</c> section.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotIdentityOptions(configuration);
        services.AddOptions<ConnectorRetryOptions>()
            .Bind(configuration.GetSection(ConnectorRetryOptions.SectionName))
            .Validate(o => o.MaxAttempts >= 1, "BotConnector:MaxAttempts must be at least 1.")
            .Validate(o => o.BaseDelay >= TimeSpan.Zero && o.MaxDelay >= o.BaseDelay, "BotConnector:BaseDelay must not be negative nor above BotConnector:MaxDelay.")
            .Validate(o => o.AttemptTimeout > TimeSpan.Zero, "BotConnector:AttemptTimeout must be positive.")
            .ValidateOnStart();

        // Each attempt has its own timeout (BotConnector:AttemptTimeout); the client's own limit stays out of the way.
        services.AddHttpClient(ConnectorClientFactory.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddHttpClient(ClientCredentialsTokenSource.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<ConnectorRetryPolicy>();
        services.AddSingleton(CreateTokenProvider);
        services.AddSingleton<IConnectorClientFactory>(provider => new ConnectorClientFactory(
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetRequiredService<IConnectorTokenProvider>(),
            provider.GetRequiredService<ConnectorRetryPolicy>()));
        services.AddSingleton<IProactiveMessenger, ProactiveMessenger>();
        return services;
    }

    private static IConnectorTokenProvider CreateTokenProvider(IServiceProvider provider)
    {
        var identity = provider.GetRequiredService<IOptions<BotIdentityOptions>>().Value;
        if (!identity.HasAppId) return new AnonymousConnectorTokenProvider();

        var clock = provider.GetRequiredService<TimeProvider>();
        IAccessTokenSource source = identity.AppType == BotAppType.UserAssignedMSI
            ? ManagedIdentitySource(identity)
            : new ClientCredentialsTokenSource(
                identity,
                provider.GetRequiredService<IHttpClientFactory>(),
                provider.GetRequiredService<ConnectorRetryPolicy>(),
                clock);
        return new CachedConnectorTokenProvider(source, clock);
    }

    // Apart, so a bot with a client secret (or none) never loads the Azure identity libraries.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static IAccessTokenSource ManagedIdentitySource(BotIdentityOptions identity) => new ManagedIdentityTokenSource(
        new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(identity.MicrosoftAppId!)),
        identity.BotFrameworkOAuthScope);
}
