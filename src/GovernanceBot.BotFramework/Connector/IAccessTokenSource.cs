using Azure.Core;

namespace GovernanceBot.BotFramework.Connector;

/// <summary>Obtains a fresh access token for the Bot Connector from Entra ID (no caching here).</summary>
internal interface IAccessTokenSource
{
    Task<AccessToken> AcquireAsync(CancellationToken cancellationToken);
}
