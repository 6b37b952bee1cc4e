using GovernanceBot.Copil;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Copil;

/// <summary>When the listener is never told about the agenda's first post (the process stopped in between), the reconciliation catches the replies up, once.</summary>
public sealed class CopilThreadReconcileTests : IAsyncLifetime
{
    private CopilThreadHost _copil = null!;

    public async Task InitializeAsync() => _copil = await CopilThreadHost.StartAsync(
        services =>
        {
            // The missed call: no listener, and the background check idle for the test's duration.
            var listener = services.Single(d => d.ServiceType == typeof(IOutboxSendListener) && d.ImplementationType == typeof(CopilThreadListener));
            services.Remove(listener);
        },
        new Dictionary<string, string?> { ["Delivery:SchedulerInterval"] = "01:00:00" });

    public async Task DisposeAsync() => await _copil.DisposeAsync();

    [Fact]
    public async Task Decision_cards_missing_under_a_posted_agenda_are_caught_up_once()
    {
        await _copil.SeedAsync(CopilSamples.Evaluated("Fraud radar", Rating.High, FeasibilityVerdict.Feasible, 851) with { Number = new UseCaseNumber(2027, 851) });
        await _copil.SeedAsync(CopilSamples.Evaluated("Mail sorter", Rating.Low, FeasibilityVerdict.Feasible, 852) with { Number = new UseCaseNumber(2027, 852) });
        var thread = CopilThreadHost.ThreadOf(await _copil.PostAgendaAsync());
        var threads = _copil.Host.Services.GetRequiredService<CopilThreads>();

        await Task.Delay(1000);
        Assert.Empty(_copil.Replies(thread));

        Assert.Equal(2, await threads.ReconcileAsync(default));
        var replies = await _copil.WaitForRepliesAsync(thread, 2);
        Assert.Equal(0, await threads.ReconcileAsync(default));
        await Task.Delay(500);
        Assert.Equal(2, _copil.Replies(thread).Count);
        Assert.All(replies, r => Assert.Contains("Décision du Copil", CopilThreadHost.CardOf(r).AllText()));
    }
}
