using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace GovernanceBot.BotFramework.Authentication;

/// <summary>
/// The signing keys published behind one OpenID metadata document, fetched on first use, kept for the
/// refresh interval, and fetched again early when a token names a key id not seen yet (key rotation),
/// but no more often than the minimum refresh interval. If a refresh fails, the keys already known
/// stay in use until they are older than the maximum age; failed refreshes are retried no more often
/// than the minimum refresh interval.
/// </summary>
internal sealed class OpenIdSigningKeySource(
    Uri metadataUrl,
    Func<HttpClient> createHttpClient,
    TimeProvider clock,
    TimeSpan refreshInterval,
    TimeSpan minimumRefreshInterval,
    TimeSpan maximumAge,
    ILogger logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile KeySnapshot? _snapshot;
    private DateTimeOffset _lastAttemptAt = DateTimeOffset.MinValue;
    private volatile bool _lastAttemptFailed;

    public Uri MetadataUrl => metadataUrl;

    /// <summary>The key with this id, or null when the publisher does not list it even after a refresh.</summary>
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is null || clock.GetUtcNow() - snapshot.FetchedAt >= refreshInterval)
            snapshot = await RefreshAsync(snapshot, _lastAttemptFailed ? minimumRefreshInterval : TimeSpan.Zero, cancellationToken);
        if (!snapshot.Keys.TryGetValue(keyId, out var key))
        {
            snapshot = await RefreshAsync(snapshot, minimumRefreshInterval, cancellationToken);
            if (!snapshot.Keys.TryGetValue(keyId, out key)) return null;
        }

        var age = clock.GetUtcNow() - snapshot.FetchedAt;
        if (age > maximumAge)
            throw new AuthenticationFailedException($"the signing keys from {metadataUrl} are {age.TotalHours:0} hours old and could not be refreshed (at most {maximumAge.TotalHours:0} hours are accepted)");
        return key;
    }

    private async Task<KeySnapshot> RefreshAsync(KeySnapshot? seen, TimeSpan minimumAge, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            // Another caller refreshed while this one waited, or the last attempt is too recent.
            if (_snapshot is { } current && (!ReferenceEquals(current, seen) || now - _lastAttemptAt < minimumAge))
                return current;

            _lastAttemptAt = now;
            try
            {
                var fetched = new KeySnapshot(await FetchAsync(cancellationToken), now);
                _snapshot = fetched;
                _lastAttemptFailed = false;
                logger.LogInformation("Fetched {KeyCount} signing keys from {MetadataUrl}", fetched.Keys.Count, metadataUrl);
                return fetched;
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or InvalidDataException or ArgumentException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                _lastAttemptFailed = true;
                if (_snapshot is { } stale)
                {
                    logger.LogWarning(e, "Refreshing signing keys from {MetadataUrl} failed; keeping the {KeyCount} keys already known", metadataUrl, stale.Keys.Count);
                    return stale;
                }
                throw new AuthenticationFailedException($"signing keys could not be obtained from {metadataUrl}: {e.Message}");
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, SigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        using var metadata = await GetJsonAsync(metadataUrl, cancellationToken);
        if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwksUriElement)
            || !Uri.TryCreate(jwksUriElement.GetString(), UriKind.Absolute, out var jwksUri))
            throw new InvalidDataException("the metadata has no absolute jwks_uri");
        if (jwksUri.Scheme != Uri.UriSchemeHttps && !jwksUri.IsLoopback)
            throw new InvalidDataException($"the jwks_uri {jwksUri} is not https");

        using var jwks = await GetJsonAsync(jwksUri, cancellationToken);
        if (!jwks.RootElement.TryGetProperty("keys", out var keyArray) || keyArray.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException("the key set has no keys array");

        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var entry in keyArray.EnumerateArray())
        {
            var jwk = new JsonWebKey(entry.GetRawText());
            if (string.IsNullOrEmpty(jwk.Kid)) continue;
            keys[jwk.Kid] = new SigningKey(jwk, ReadEndorsements(entry));
        }
        return keys;
    }

    private static string[] ReadEndorsements(JsonElement entry) =>
        entry.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array
            ? endorsements.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];

    private async Task<JsonDocument> GetJsonAsync(Uri url, CancellationToken cancellationToken)
    {
        using var http = createHttpClient();
        using var response = await http.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}", null, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
    }

    private sealed record KeySnapshot(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt);
}
