namespace GovernanceBot.BotFramework.Connector;

/// <summary>The bearer token the bot presents to the Bot Connector, or null when it runs without an app id.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
