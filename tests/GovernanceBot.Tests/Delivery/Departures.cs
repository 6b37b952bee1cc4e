using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Delivery;

/// <summary>
/// When each outgoing connector call left the sender, recorded as it enters the HTTP pipeline. The limits are
/// the sender's to keep at departure; a loopback connector in the same process may register arrivals late and
/// bunched when the machine is busy.
/// </summary>
public sealed class Departures
{
    private readonly ConcurrentQueue<(DateTimeOffset At, HttpMethod Method, string Path)> _calls = new();

    /// <summary>Records every HTTP call the instance's clients make.</summary>
    public void AddTo(IServiceCollection services) =>
        services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new Recorder(this)));

    /// <summary>
    /// Departure times of new messages (a post to a conversation, or a new thread in a channel), except those to
    /// <paramref name="excludedConversation"/>, in order.
    /// </summary>
    public DateTimeOffset[] Posts(string excludedConversation) =>
        [.. _calls.Where(c => c.Method == HttpMethod.Post && !Uri.UnescapeDataString(c.Path).Contains(excludedConversation, StringComparison.Ordinal))
            .Select(c => c.At).Order()];

    /// <summary>The most that left within any one second.</summary>
    public static int BusiestSecond(IReadOnlyList<DateTimeOffset> times) =>
        times.Select((t, i) => times.Skip(i).TakeWhile(u => u - t < TimeSpan.FromSeconds(1)).Count()).DefaultIfEmpty().Max();

    private sealed class Recorder(Departures departures) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            departures._calls.Enqueue((DateTimeOffset.UtcNow, request.Method, request.RequestUri!.AbsolutePath));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
