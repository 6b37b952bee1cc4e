using GovernanceBot.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework.Tests.Authentication;

public sealed class BotIdentityOptionsTests
{
    [Fact]
    public void Azure_template_keys_are_read_from_the_configuration_root()
    {
        var options = Resolve(new()
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant",
            ["MicrosoftAppType"] = "singletenant",
        });

        Assert.Equal("app", options.MicrosoftAppId);
        Assert.Equal("secret", options.MicrosoftAppPassword);
        Assert.Equal("tenant", options.MicrosoftAppTenantId);
        Assert.Equal(BotAppType.SingleTenant, options.AppType);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.BotFrameworkOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com/.default", options.BotFrameworkOAuthScope);
    }

    [Fact]
    public void Empty_configuration_is_local_mode_without_app_id()
    {
        var options = Resolve(new());

        Assert.False(options.HasAppId);
        Assert.Equal(BotAppType.MultiTenant, options.AppType);
    }

    [Theory]
    [InlineData("SingleTenant", "secret", null, "MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", null, null, "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword")]
    [InlineData("SingleTenant", null, "tenant", "MicrosoftAppPassword")]
    [InlineData("", null, null, "MicrosoftAppPassword")]
    [InlineData("Federated", "secret", null, "MicrosoftAppType")]
    public void Incomplete_identity_fails_naming_the_missing_key(string type, string? password, string? tenant, string missingKey)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        }));

        Assert.Contains(missingKey, error.Message);
    }

    [Fact]
    public void Managed_identity_needs_no_password()
    {
        var options = Resolve(new() { ["MicrosoftAppId"] = "client-id", ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppTenantId"] = "tenant" });

        Assert.Equal(BotAppType.UserAssignedMSI, options.AppType);
    }

    [Fact]
    public void Password_without_app_id_fails_naming_MicrosoftAppId()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["MicrosoftAppPassword"] = "secret" }));

        Assert.Contains("MicrosoftAppId", error.Message);
    }

    [Fact]
    public void Plain_http_metadata_endpoint_is_refused_unless_on_loopback()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["BotFrameworkOpenIdMetadataUrl"] = "http://login.example.com/metadata" }));
        Assert.Contains("BotFrameworkOpenIdMetadataUrl must use https", error.Message);

        var loopback = Resolve(new() { ["BotFrameworkOpenIdMetadataUrl"] = "http://127.0.0.1:5000/metadata" });
        Assert.Equal("http://127.0.0.1:5000/metadata", loopback.BotFrameworkOpenIdMetadataUrl);
    }

    [Fact]
    public async Task Invalid_identity_stops_the_host_at_start_up()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppPassword"] = "secret",
        }).Build();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new());
        builder.Services.AddBotAuthentication(configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppTenantId", error.Message);
    }

    private static BotIdentityOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddLogging().AddBotAuthentication(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<BotIdentityOptions>>().Value;
    }
}
