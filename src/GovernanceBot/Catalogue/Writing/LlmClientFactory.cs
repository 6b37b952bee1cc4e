using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;

namespace GovernanceBot.Catalogue.Writing;

/// <summary>
/// The chat client for <see cref="LlmOptions"/>: an API key when one is set; otherwise, with
/// <c>UseAzureIdentity</c>, an Entra token for Azure OpenAI from the managed identity
/// (<c>ManagedIdentityClientId</c>) or the developer's sign-in, so no key is stored anywhere.
/// </summary>
public static class LlmClientFactory
{
    /// <summary>The audience Azure OpenAI (Cognitive Services) tokens are issued for.</summary>
    public const string AzureOpenAIScope = "https://cognitiveservices.azure.com/.default";

    /// <param name="credential">Replaces the Azure identity chain (tests).</param>
    /// <param name="transport">Replaces the HTTP transport (tests of the HTTPS-only token path).</param>
    public static IChatClient Create(LlmOptions options, TokenCredential? credential = null, PipelineTransport? transport = null)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint),
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            // One attempt: a slow or failing model must not hold the answer; search is the fallback.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        if (transport is not null) clientOptions.Transport = transport;
        if (options.ApiKey.Length == 0 && (options.UseAzureIdentity || credential is not null))
        {
            credential ??= new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = NullIfEmpty(options.ManagedIdentityClientId) });
            // The SDK marks token authentication as evaluation-only; it is the documented way to use Entra ID with Azure OpenAI's v1 API.
#pragma warning disable OPENAI001
            return new OpenAI.Chat.ChatClient(options.Model, new BearerTokenPolicy(credential, AzureOpenAIScope), clientOptions).AsIChatClient();
#pragma warning restore OPENAI001
        }
        // Servers without authentication still need a non-empty key for the SDK.
        return new OpenAI.Chat.ChatClient(options.Model, new ApiKeyCredential(options.ApiKey.Length > 0 ? options.ApiKey : "none"), clientOptions).AsIChatClient();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
