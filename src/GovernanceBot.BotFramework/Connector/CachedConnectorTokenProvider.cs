namespace GovernanceBot.BotFramework.Connector;

/// <summary>
/// Hands out the same access token until shortly before it expires; callers arriving while a new token
/// is being fetched wait for that one fetch instead of starting their own.
/// </summary>
internal sealed class CachedConnectorTokenProvider(IAccessTokenSource source, TimeProvider clock) : IConnectorTokenProvider
{
    /// <summary>Renew this long before expiry so a token never expires while a request is in flight.</summary>
    public static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Usable(_cached) is { } token) return token;

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Usable(_cached) is { } fetchedMeanwhile) return fetchedMeanwhile;
            var fresh = await source.AcquireAsync(cancellationToken);
            _cached = new CachedToken(fresh.Token, fresh.ExpiresOn);
            return fresh.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? Usable(CachedToken? cached) =>
        cached is not null && clock.GetUtcNow() < cached.ExpiresOn - RenewBeforeExpiry ? cached.Value : null;

    private sealed record CachedToken(string Value, DateTimeOffset ExpiresOn);
}
