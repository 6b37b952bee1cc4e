using GovernanceBot.BotFramework.Tests.Loopback;
using System.Security.Claims;
using System.Text;
using GovernanceBot.BotFramework.Authentication;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace GovernanceBot.BotFramework.Tests.Authentication;

public sealed class BotFrameworkAuthenticatorTests : IAsyncLifetime
{
    private const string AppId = "5f1c7e2a-8d44-4b39-9f0e-3c2b1a0d9e88";
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string OtherTenant = "0b1e6c3d-1111-4d2a-8c55-9e7f6a5b4c3d";
    private const string ChannelIssuer = "https://api.botframework.com";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly TestSigningKey _channelKey = new("channel-key-1");
    private readonly TestSigningKey _entraKey = new("entra-key-1");
    private readonly List<ServiceProvider> _providers = [];
    private LoopbackIdentityProvider _identity = null!;

    public async Task InitializeAsync()
    {
        _identity = await LoopbackIdentityProvider.StartAsync();
        _identity.PublishBotFrameworkKeys(_channelKey.ToJwk("msteams", "webchat"));
        _identity.PublishEntraKeys(_entraKey.ToJwk());
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Channel_token_signed_with_an_endorsed_key_is_accepted(string algorithm)
    {
        var token = ChannelToken(signing: TestTokens.Rsa(_channelKey, algorithm));

        var identity = await Authenticator().AuthenticateAsync(Bearer(token), TeamsActivity(), remoteIsLoopback: false, default);

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(ServiceUrl, identity.FindFirst("serviceurl")?.Value);
        Assert.Equal(ChannelIssuer, identity.FindFirst("iss")?.Value);
    }

    [Fact]
    public async Task Token_from_another_issuer_is_rejected()
    {
        var token = ChannelToken(issuer: "https://api.botframework.evil");

        var reason = await RejectionAsync(token);

        Assert.Contains("issuer 'https://api.botframework.evil' is not accepted", reason);
    }

    [Fact]
    public async Task Token_for_another_audience_is_rejected()
    {
        var token = ChannelToken(audience: "another-bot");

        var reason = await RejectionAsync(token);

        Assert.Contains("audience 'another-bot' is not the app id", reason);
    }

    [Fact]
    public async Task Token_expired_beyond_the_five_minute_skew_is_rejected()
    {
        var token = ChannelToken(expires: DateTime.UtcNow.AddMinutes(-6));

        var reason = await RejectionAsync(token);

        Assert.Contains("expired", reason);
    }

    [Fact]
    public async Task Token_expired_within_the_five_minute_skew_is_accepted()
    {
        var token = ChannelToken(expires: DateTime.UtcNow.AddMinutes(-4));

        var identity = await Authenticator().AuthenticateAsync(Bearer(token), TeamsActivity(), false, default);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task Token_not_yet_valid_beyond_the_skew_is_rejected()
    {
        var token = ChannelToken(expires: DateTime.UtcNow.AddHours(2), notBefore: DateTime.UtcNow.AddMinutes(10));

        var reason = await RejectionAsync(token);

        Assert.Contains("not valid before", reason);
    }

    [Fact]
    public async Task Token_without_expiry_is_rejected()
    {
        var token = TestTokens.Create(TestTokens.Rsa(_channelKey), ChannelIssuer, AppId, ServiceUrlClaim(ServiceUrl), expires: null, notBefore: DateTime.UtcNow.AddMinutes(-1));

        var reason = await RejectionAsync(token);

        Assert.Contains("no expiry", reason);
    }

    [Fact]
    public async Task Unsigned_token_with_alg_none_is_rejected()
    {
        var token = ChannelToken(unsigned: true);
        Assert.EndsWith(".", token);

        var reason = await RejectionAsync(token);

        Assert.Contains("signing algorithm 'none' is not accepted", reason);
    }

    [Fact]
    public async Task Hs256_token_is_rejected_even_when_it_names_a_published_key()
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-shared-secret-of-at-least-32-bytes!")) { KeyId = _channelKey.KeyId };
        var token = ChannelToken(signing: new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));

        var reason = await RejectionAsync(token);

        Assert.Contains("signing algorithm 'HS256' is not accepted", reason);
    }

    [Fact]
    public async Task Token_whose_signature_does_not_match_the_published_key_is_rejected()
    {
        var impostor = new TestSigningKey(_channelKey.KeyId);
        var token = ChannelToken(signing: TestTokens.Rsa(impostor));

        var reason = await RejectionAsync(token);

        Assert.Contains("signature does not verify", reason);
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_activity_channel_is_rejected()
    {
        var activity = TeamsActivity();
        activity.ChannelId = "slack";

        var reason = await RejectionAsync(ChannelToken(), activity);

        Assert.Contains("not endorsed for channel 'slack'", reason);
    }

    [Fact]
    public async Task Key_without_endorsements_cannot_sign_channel_tokens()
    {
        var bare = new TestSigningKey("bare-key");
        _identity.PublishBotFrameworkKeys(_channelKey.ToJwk("msteams"), bare.ToJwk());

        var reason = await RejectionAsync(ChannelToken(signing: TestTokens.Rsa(bare)));

        Assert.Contains("not endorsed for channel 'msteams'", reason);
    }

    [Fact]
    public async Task ServiceUrl_claim_differing_from_the_activity_is_rejected()
    {
        var token = ChannelToken(serviceUrl: "https://smba.trafficmanager.net/amer/");

        var reason = await RejectionAsync(token);

        Assert.Contains("differs from the activity's serviceUrl", reason);
    }

    [Fact]
    public async Task ServiceUrl_differing_only_by_trailing_slash_and_host_case_is_accepted()
    {
        var token = ChannelToken(serviceUrl: "HTTPS://SMBA.trafficmanager.net/emea");

        var identity = await Authenticator().AuthenticateAsync(Bearer(token), TeamsActivity(), false, default);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task ServiceUrl_path_differing_in_case_is_rejected()
    {
        var reason = await RejectionAsync(ChannelToken(serviceUrl: "https://smba.trafficmanager.net/EMEA/"));

        Assert.Contains("differs from the activity's serviceUrl", reason);
    }

    [Fact]
    public async Task Channel_token_without_serviceurl_claim_is_rejected()
    {
        var token = TestTokens.Create(TestTokens.Rsa(_channelKey), ChannelIssuer, AppId, new Dictionary<string, object>(), DateTime.UtcNow.AddHours(1));

        var reason = await RejectionAsync(token);

        Assert.Contains("no serviceurl claim", reason);
    }

    [Fact]
    public async Task Token_signed_with_an_unknown_kid_is_rejected()
    {
        var unknown = new TestSigningKey("never-published");

        var reason = await RejectionAsync(ChannelToken(signing: TestTokens.Rsa(unknown)));

        Assert.Contains("no signing key 'never-published' is published", reason);
    }

    [Fact]
    public async Task Rotated_key_is_picked_up_when_a_token_names_it()
    {
        var authenticator = Authenticator();
        await authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default);
        var rotated = new TestSigningKey("channel-key-2");
        _identity.PublishBotFrameworkKeys(_channelKey.ToJwk("msteams"), rotated.ToJwk("msteams"));

        var identity = await authenticator.AuthenticateAsync(Bearer(ChannelToken(signing: TestTokens.Rsa(rotated))), TeamsActivity(), false, default);

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(2, _identity.BotFrameworkKeySetFetches);
    }

    [Fact]
    public async Task Keys_are_fetched_once_for_many_tokens()
    {
        var authenticator = Authenticator();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default)));

        Assert.Equal(1, _identity.BotFrameworkKeySetFetches);
    }

    [Fact]
    public async Task Unknown_kids_do_not_fetch_keys_more_often_than_the_minimum_interval()
    {
        var clock = new ManualClock();
        var authenticator = Authenticator(clock, ("SigningKeyMinimumRefreshInterval", "00:05:00"));
        await authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default);
        clock.Advance(TimeSpan.FromMinutes(6));

        for (var i = 0; i < 5; i++)
        {
            var forged = new TestSigningKey($"forged-{i}");
            await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
                authenticator.AuthenticateAsync(Bearer(ChannelToken(signing: TestTokens.Rsa(forged))), TeamsActivity(), false, default));
        }

        Assert.Equal(2, _identity.BotFrameworkKeySetFetches);
    }

    [Fact]
    public async Task Keys_are_fetched_again_once_the_refresh_interval_has_passed()
    {
        var clock = new ManualClock();
        var authenticator = Authenticator(clock, ("SigningKeyRefreshInterval", "12:00:00"));
        await authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default);
        clock.Advance(TimeSpan.FromHours(11));
        await authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default);
        Assert.Equal(1, _identity.BotFrameworkKeySetFetches);

        clock.Advance(TimeSpan.FromHours(2));
        await authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default);

        Assert.Equal(2, _identity.BotFrameworkKeySetFetches);
    }

    [Fact]
    public async Task Keys_already_known_stay_in_use_when_the_metadata_endpoint_fails()
    {
        var clock = new ManualClock();
        var authenticator = Authenticator(clock);
        await authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default);
        await _identity.DisposeAsync();
        clock.Advance(TimeSpan.FromDays(1));

        var identity = await authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default);

        Assert.True(identity.IsAuthenticated);
        _identity = await LoopbackIdentityProvider.StartAsync();
    }

    [Fact]
    public async Task Keys_already_known_stop_being_trusted_once_older_than_the_maximum_age_while_refresh_fails()
    {
        var clock = new ManualClock();
        var authenticator = Authenticator(clock, ("SigningKeyMaximumAge", "2.00:00:00"));
        await authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default);
        await _identity.DisposeAsync();

        clock.Advance(TimeSpan.FromDays(1.5));
        Assert.True((await authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default)).IsAuthenticated);

        clock.Advance(TimeSpan.FromDays(1));
        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default));
        Assert.Contains("could not be refreshed", error.Message);
        _identity = await LoopbackIdentityProvider.StartAsync();
    }

    [Fact]
    public async Task A_failing_metadata_endpoint_is_not_asked_again_on_every_request()
    {
        var clock = new ManualClock();
        var authenticator = Authenticator(clock, ("SigningKeyMinimumRefreshInterval", "00:05:00"));
        await authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default);
        _identity.FailMetadata = true;
        clock.Advance(TimeSpan.FromHours(13));

        for (var i = 0; i < 10; i++)
            await authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), false, default);

        Assert.Equal(1, _identity.FailedMetadataRequests);
    }

    [Fact]
    public async Task A_token_valid_for_longer_than_the_maximum_lifetime_is_rejected_even_when_signed()
    {
        var token = ChannelToken(expires: DateTime.UtcNow.AddDays(30), notBefore: DateTime.UtcNow.AddMinutes(-1));

        var reason = await RejectionAsync(token);

        Assert.Contains("more than the 24 accepted", reason);
    }

    [Fact]
    public async Task A_token_with_critical_header_extensions_is_rejected()
    {
        var token = TestTokens.Create(TestTokens.Rsa(_channelKey), ChannelIssuer, AppId, ServiceUrlClaim(ServiceUrl), DateTime.UtcNow.AddHours(1),
            extraHeaders: new Dictionary<string, object> { ["crit"] = new[] { "b64" }, ["b64"] = false });

        var reason = await RejectionAsync(token);

        Assert.Contains("crit", reason);
    }

    [Fact]
    public async Task Values_quoted_from_a_forged_token_cannot_break_the_log_line()
    {
        var token = ChannelToken(issuer: "https://evil\n2026-01-01 info: Accepted admin");

        var reason = await RejectionAsync(token);

        Assert.DoesNotContain('\n', reason);
        Assert.Contains("is not accepted", reason);
    }

    [Fact]
    public async Task Unreachable_metadata_without_known_keys_rejects_with_the_reason()
    {
        await _identity.DisposeAsync();

        var reason = await RejectionAsync(ChannelToken());

        Assert.Contains("signing keys could not be obtained", reason);
        _identity = await LoopbackIdentityProvider.StartAsync();
    }

    [Theory]
    [InlineData(null, "Authorization header is missing")]
    [InlineData("", "Authorization header is missing")]
    [InlineData("Basic dXNlcjpwYXNz", "does not use the Bearer scheme")]
    [InlineData("Bearer", "does not use the Bearer scheme")]
    [InlineData("Bearer not-a-jwt", "not a well-formed JWT")]
    [InlineData("Bearer a.b.c", "not a well-formed JWT")]
    public async Task Missing_or_malformed_authorization_header_is_rejected(string? header, string expected)
    {
        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            Authenticator().AuthenticateAsync(header, TeamsActivity(), remoteIsLoopback: true, default));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task Entra_v1_token_of_the_bot_tenant_is_accepted()
    {
        var token = EntraToken($"https://sts.windows.net/{Tenant}/", "appid");

        var identity = await Authenticator().AuthenticateAsync(Bearer(token), TeamsActivity(), false, default);

        Assert.True(identity.IsAuthenticated);
        Assert.Equal("caller-app", identity.FindFirst("appid")?.Value);
    }

    [Fact]
    public async Task Entra_v2_token_of_the_bot_tenant_is_accepted()
    {
        var token = EntraToken($"https://login.microsoftonline.com/{Tenant}/v2.0", "azp");

        var identity = await Authenticator().AuthenticateAsync(Bearer(token), TeamsActivity(), false, default);

        Assert.True(identity.IsAuthenticated);
        Assert.Equal("caller-app", identity.FindFirst("azp")?.Value);
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + OtherTenant + "/")]
    [InlineData("https://login.microsoftonline.com/" + OtherTenant + "/v2.0")]
    public async Task Entra_token_of_another_tenant_is_rejected(string issuer)
    {
        var reason = await RejectionAsync(EntraToken(issuer, "appid"));

        Assert.Contains($"issuer '{issuer}' is not accepted", reason);
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + Tenant + "/", "appid", "azp")]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0", "azp", "appid")]
    public async Task Entra_token_without_its_caller_claim_is_rejected(string issuer, string required, string present)
    {
        var reason = await RejectionAsync(EntraToken(issuer, present));

        Assert.Contains($"no {required} claim", reason);
    }

    [Fact]
    public async Task Entra_token_of_an_app_not_in_allowed_callers_is_rejected()
    {
        var token = EntraToken($"https://sts.windows.net/{Tenant}/", "appid");
        var authenticator = Authenticator(null, ("AllowedCallers:0", "another-app"));

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            authenticator.AuthenticateAsync(Bearer(token), TeamsActivity(), false, default));

        Assert.Contains("caller app 'caller-app' is not in AllowedCallers", error.Message);
    }

    [Fact]
    public async Task Entra_token_of_any_tenant_app_is_accepted_only_with_the_wildcard()
    {
        var token = EntraToken($"https://login.microsoftonline.com/{Tenant}/v2.0", "azp");

        var identity = await Authenticator(null, ("AllowedCallers:0", "*")).AuthenticateAsync(Bearer(token), TeamsActivity(), false, default);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task Entra_token_is_rejected_for_a_multi_tenant_bot()
    {
        var token = EntraToken($"https://sts.windows.net/{Tenant}/", "appid");
        var authenticator = Authenticator(null, ("MicrosoftAppType", "MultiTenant"));

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            authenticator.AuthenticateAsync(Bearer(token), TeamsActivity(), false, default));

        Assert.Contains("is not accepted", error.Message);
    }

    [Fact]
    public async Task Without_app_id_loopback_callers_are_accepted_anonymously()
    {
        var authenticator = AnonymousAuthenticator();

        var identity = await authenticator.AuthenticateAsync(null, TeamsActivity(), remoteIsLoopback: true, default);

        Assert.False(identity.IsAuthenticated);
    }

    [Fact]
    public async Task Without_app_id_remote_callers_are_rejected_even_with_a_valid_token()
    {
        var authenticator = AnonymousAuthenticator();

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), remoteIsLoopback: false, default));

        Assert.Contains("only loopback callers", error.Message);
    }

    [Fact]
    public async Task With_app_id_loopback_callers_still_need_a_token()
    {
        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            Authenticator().AuthenticateAsync(null, TeamsActivity(), remoteIsLoopback: true, default));

        Assert.Contains("Authorization header is missing", error.Message);
    }

    private string ChannelToken(
        SigningCredentials? signing = null,
        string issuer = ChannelIssuer,
        string audience = AppId,
        string serviceUrl = ServiceUrl,
        DateTime? expires = null,
        DateTime? notBefore = null,
        bool unsigned = false) =>
        TestTokens.Create(unsigned ? null : signing ?? TestTokens.Rsa(_channelKey), issuer, audience, ServiceUrlClaim(serviceUrl), expires ?? DateTime.UtcNow.AddHours(1), notBefore);

    private string EntraToken(string issuer, string callerClaim) =>
        TestTokens.Create(TestTokens.Rsa(_entraKey), issuer, AppId, new Dictionary<string, object> { [callerClaim] = "caller-app", ["tid"] = Tenant }, DateTime.UtcNow.AddHours(1));

    private static Dictionary<string, object> ServiceUrlClaim(string serviceUrl) => new() { ["serviceurl"] = serviceUrl };

    private static string Bearer(string token) => "Bearer " + token;

    private static ActivityEnvelope TeamsActivity() => new()
    {
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
    };

    private async Task<string> RejectionAsync(string token, ActivityEnvelope? activity = null)
    {
        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            Authenticator().AuthenticateAsync(Bearer(token), activity ?? TeamsActivity(), remoteIsLoopback: false, default));
        return error.Message;
    }

    private IInboundAuthenticator AnonymousAuthenticator() => Build(new Dictionary<string, string?>(), null);

    private IInboundAuthenticator Authenticator(TimeProvider? clock = null, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "client-secret",
            ["MicrosoftAppTenantId"] = Tenant,
            ["MicrosoftAppType"] = "SingleTenant",
            ["BotFrameworkOpenIdMetadataUrl"] = _identity.BotFrameworkMetadataUrl,
            ["EntraV1OpenIdMetadataUrl"] = _identity.EntraV1MetadataUrlTemplate,
            ["EntraV2OpenIdMetadataUrl"] = _identity.EntraV2MetadataUrlTemplate,
            ["SigningKeyMinimumRefreshInterval"] = "00:00:00",
            ["AllowedCallers:0"] = "caller-app",
        };
        foreach (var (key, value) in overrides) settings[key] = value;
        return Build(settings, clock);
    }

    private IInboundAuthenticator Build(Dictionary<string, string?> settings, TimeProvider? clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (clock is not null) services.AddSingleton(clock);
        services.AddBotAuthentication(configuration);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IInboundAuthenticator>();
    }
}
