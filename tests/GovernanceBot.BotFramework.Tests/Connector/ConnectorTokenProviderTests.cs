using GovernanceBot.BotFramework.Tests.Loopback;
using System.Net;
using GovernanceBot.BotFramework.Connector;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.BotFramework.Tests.Connector;

public sealed class ConnectorTokenProviderTests : IAsyncLifetime
{
    private const string AppId = "5f1c7e2a-8d44-4b39-9f0e-3c2b1a0d9e88";
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private readonly ManualClock _clock = new();
    private readonly List<ServiceProvider> _providers = [];
    private LoopbackTokenEndpoint _endpoint = null!;

    public async Task InitializeAsync() => _endpoint = await LoopbackTokenEndpoint.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        await _endpoint.DisposeAsync();
    }

    [Fact]
    public async Task Multi_tenant_bot_asks_the_botframework_tenant_for_a_client_credentials_token()
    {
        var token = await Provider("MultiTenant").GetTokenAsync(default);

        Assert.Equal("access-token-1", token);
        var request = Assert.Single(_endpoint.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.RawTarget);
        var form = LoopbackTokenEndpoint.FormOf(request);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(AppId, form["client_id"]);
        Assert.Equal("client-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task Single_tenant_bot_asks_its_own_tenant()
    {
        await Provider("SingleTenant").GetTokenAsync(default);

        Assert.Equal($"/{Tenant}/oauth2/v2.0/token", Assert.Single(_endpoint.Requests).RawTarget);
    }

    [Fact]
    public async Task Token_is_reused_for_later_requests()
    {
        var provider = Provider("MultiTenant");

        var first = await provider.GetTokenAsync(default);
        var second = await provider.GetTokenAsync(default);

        Assert.Equal(first, second);
        Assert.Single(_endpoint.Requests);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_fetch()
    {
        _endpoint.ResponseDelay = TimeSpan.FromMilliseconds(300);
        var provider = Provider("MultiTenant");

        var tokens = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => provider.GetTokenAsync(default)));

        Assert.All(tokens, t => Assert.Equal("access-token-1", t));
        Assert.Single(_endpoint.Requests);
    }

    [Fact]
    public async Task Token_is_renewed_five_minutes_before_it_expires()
    {
        _endpoint.ExpiresInSeconds = 3600;
        var provider = Provider("MultiTenant");
        await provider.GetTokenAsync(default);

        _clock.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("access-token-1", await provider.GetTokenAsync(default));

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("access-token-2", await provider.GetTokenAsync(default));
        Assert.Equal(2, _endpoint.Requests.Count);
    }

    [Fact]
    public async Task Without_app_id_there_is_no_token_and_no_request()
    {
        var provider = Build(new Dictionary<string, string?> { ["EntraTokenAuthority"] = _endpoint.Authority });

        Assert.Null(await provider.GetTokenAsync(default));
        Assert.Empty(_endpoint.Requests);
    }

    [Fact]
    public async Task Rejected_credentials_raise_the_oauth_error_code_without_retrying()
    {
        _endpoint.Failure = (401, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Provider("MultiTenant").GetTokenAsync(default));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.Single(_endpoint.Requests);
    }

    private IConnectorTokenProvider Provider(string appType) => Build(new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "client-secret",
        ["MicrosoftAppTenantId"] = appType == "SingleTenant" ? Tenant : null,
        ["MicrosoftAppType"] = appType,
        ["EntraTokenAuthority"] = _endpoint.Authority,
    });

    private IConnectorTokenProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var provider = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_clock).AddBotConnector(configuration).BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IConnectorTokenProvider>();
    }
}
