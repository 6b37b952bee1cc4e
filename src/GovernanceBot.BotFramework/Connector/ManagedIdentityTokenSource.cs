using Azure.Core;

namespace GovernanceBot.BotFramework.Connector;

/// <summary>Tokens of the bot's user-assigned managed identity (MicrosoftAppType UserAssignedMSI).</summary>
internal sealed class ManagedIdentityTokenSource(TokenCredential credential, string scope) : IAccessTokenSource
{
    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
        }
        catch (Azure.Identity.AuthenticationFailedException e)
        {
            throw new ConnectorException(null, null, $"the managed identity token for {scope} could not be obtained: {e.Message}", e);
        }
    }
}
