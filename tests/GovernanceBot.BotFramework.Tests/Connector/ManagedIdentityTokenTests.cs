using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Connector;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.BotFramework.Tests.Connector;

/// <summary>
/// UserAssignedMSI bots get their token from the hosting platform's managed identity endpoint. The test
/// plays App Service's local identity endpoint (announced through IDENTITY_ENDPOINT/IDENTITY_HEADER),
/// which is what Azure.Identity calls on an App Service.
/// </summary>
public sealed class ManagedIdentityTokenTests
{
    private const string ClientId = "0a6d3f42-5b1e-4c7a-9d8f-2e3b4c5d6e7f";

    [Fact]
    public async Task User_assigned_managed_identity_token_is_requested_for_the_bot_client_id_and_cached()
    {
        await using var endpoint = await LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(new JsonObject
            {
                ["access_token"] = "managed-identity-token",
                ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(),
                ["resource"] = "https://api.botframework.com",
                ["token_type"] = "Bearer",
                ["client_id"] = ClientId,
            }.ToJsonString());
        });
        var previousEndpoint = Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT");
        var previousHeader = Environment.GetEnvironmentVariable("IDENTITY_HEADER");
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", endpoint.BaseUrl + "/msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "platform-secret");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = ClientId,
                ["MicrosoftAppType"] = "UserAssignedMSI",
                ["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            }).Build();
            await using var services = new ServiceCollection().AddLogging().AddBotConnector(configuration).BuildServiceProvider();
            var tokens = services.GetRequiredService<IConnectorTokenProvider>();

            Assert.Equal("managed-identity-token", await tokens.GetTokenAsync(default));
            Assert.Equal("managed-identity-token", await tokens.GetTokenAsync(default));

            var request = Assert.Single(endpoint.Requests);
            Assert.Equal("GET", request.Method);
            var query = QueryHelpers.ParseQuery(new Uri("http://host" + request.RawTarget).Query);
            Assert.Equal(ClientId, query["client_id"].ToString());
            Assert.Equal("https://api.botframework.com", query["resource"].ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", previousEndpoint);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", previousHeader);
        }
    }
}
