using Microsoft.Extensions.Options;

namespace GovernanceBot.Delivery;

/// <summary>Runs a background service only when <c>Delivery:Enabled</c> is on, so an instance can serve chats without sending.</summary>
internal sealed class EnabledOnly<TService>(IServiceProvider provider) : IHostedService where TService : class, IHostedService
{
    private readonly TService? _service =
        provider.GetRequiredService<IOptions<DeliveryOptions>>().Value.Enabled ? provider.GetRequiredService<TService>() : null;

    public Task StartAsync(CancellationToken cancellationToken) => _service?.StartAsync(cancellationToken) ?? Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _service?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
