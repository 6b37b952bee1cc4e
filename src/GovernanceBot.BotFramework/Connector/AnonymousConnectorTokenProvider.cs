namespace GovernanceBot.BotFramework.Connector;

/// <summary>Without an app id the bot talks to a local Playground, which expects no Authorization header.</summary>
internal sealed class AnonymousConnectorTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
