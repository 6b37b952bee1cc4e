using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework.Connector;

/// <summary>
/// Sends a request again when the service is throttling (429), hit a concurrency conflict (412), is
/// briefly unavailable behind its gateway (502, 504) or could not be reached. Pauses follow decorrelated
/// jitter so that many senders throttled together do not come back in lockstep, and are never shorter
/// than the Retry-After the service asked for.
/// </summary>
internal sealed class ConnectorRetryPolicy(IOptions<ConnectorRetryOptions> options, TimeProvider clock, ILogger<ConnectorRetryPolicy> logger)
{
    private static readonly HashSet<HttpStatusCode> RetryableStatuses =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout];

    private readonly ConnectorRetryOptions _options = options.Value;

    /// <summary>
    /// Returns the first answer that is not worth retrying, or the last retryable answer once the
    /// attempts are used up (the caller turns it into a <see cref="ConnectorException"/>).
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(
        HttpClient http,
        Func<CancellationToken, Task<HttpRequestMessage>> createRequest,
        string operation,
        CancellationToken cancellationToken)
    {
        var pause = _options.BaseDelay;
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage? response = null;
            Exception? transportError = null;
            using (var request = await createRequest(cancellationToken))
            using (var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attemptTimeout.CancelAfter(_options.AttemptTimeout);
                try
                {
                    response = await http.SendAsync(request, attemptTimeout.Token);
                }
                catch (HttpRequestException e)
                {
                    transportError = e;
                }
                catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    transportError = e;
                }
            }

            if (response is not null && !RetryableStatuses.Contains(response.StatusCode)) return response;

            var retryAfter = response is null ? null : RetryAfterOf(response);
            if (attempt >= _options.MaxAttempts)
            {
                logger.LogWarning("{Operation} gave up after {Attempts} attempts", operation, attempt);
                return response ?? throw new ConnectorException(null, null, $"{operation} failed after {attempt} attempts: {transportError!.Message}", transportError);
            }

            pause = NextPause(pause);
            var delay = retryAfter > pause ? retryAfter.Value : pause;
            if (delay > _options.MaxDelay)
            {
                logger.LogWarning("{Operation} asked to wait {RetryAfter}, longer than the {MaxDelay} allowed; giving up", operation, retryAfter, _options.MaxDelay);
                return response!;
            }

            logger.LogInformation(transportError, "{Operation} attempt {Attempt} got {Status}; retrying in {Delay}",
                operation, attempt, response is null ? "a transport error" : (int)response.StatusCode, delay);
            response?.Dispose();
            await Task.Delay(delay, clock, cancellationToken);
        }
    }

    /// <summary>The Retry-After of a retryable answer, read before that answer is disposed.</summary>
    public TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    // Decorrelated jitter: a random pause between the base and three times the previous one, capped.
    private TimeSpan NextPause(TimeSpan previous)
    {
        var low = _options.BaseDelay.TotalMilliseconds;
        var high = Math.Max(low, previous.TotalMilliseconds * 3);
        var next = low + Random.Shared.NextDouble() * (high - low);
        return TimeSpan.FromMilliseconds(Math.Min(next, _options.MaxDelay.TotalMilliseconds));
    }
}
