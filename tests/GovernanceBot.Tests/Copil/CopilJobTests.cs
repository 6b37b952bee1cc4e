using GovernanceBot.Copil;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Identity;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Copil;

/// <summary>The planned jobs: a session's agenda goes out once whatever runs again, and the digest job replies in that session's thread after it.</summary>
public sealed class CopilJobTests : IAsyncLifetime
{
    private CopilThreadHost _copil = null!;

    public async Task InitializeAsync() => _copil = await CopilThreadHost.StartAsync();

    public async Task DisposeAsync() => await _copil.DisposeAsync();

    [Fact]
    public async Task Another_agenda_run_for_a_posted_session_posts_nothing_and_the_digest_run_after_the_session_replies_in_its_thread()
    {
        await _copil.SeedAsync(CopilSamples.Evaluated("Fraud radar", Rating.High, FeasibilityVerdict.Feasible, 861) with { Number = new UseCaseNumber(2027, 861) });
        var thread = CopilThreadHost.ThreadOf(await _copil.PostAgendaAsync());
        await _copil.WaitForRepliesAsync(thread, 1);
        var services = _copil.Host.Services;
        var plan = (await services.GetRequiredService<CopilSessionStore>().GetPlanAsync(default))!;
        var schedules = services.GetRequiredService<ScheduleStore>();
        var handlers = services.GetServices<IScheduledJobHandler>().ToList();
        var agendaJob = (await schedules.GetAsync(plan.AgendaJobId, default))!.Value.Job;
        var digestJob = (await schedules.GetAsync(plan.DigestJobId, default))!.Value.Job;
        var session = plan.Calendar.NextSession(DateTimeOffset.UtcNow)!.Value;

        var replayed = await handlers.Single(h => h.JobType == CopilAgendaJob.Type)
            .PrepareAsync(new JobRun(agendaJob, new DueOccurrence(session.AddDays(-3), false, 0, null)), default);
        var beforeSession = await handlers.Single(h => h.JobType == CopilDigestJob.Type)
            .PrepareAsync(new JobRun(digestJob, new DueOccurrence(session.AddHours(-1), false, 0, null)), default);
        var digest = await handlers.Single(h => h.JobType == CopilDigestJob.Type)
            .PrepareAsync(new JobRun(digestJob, new DueOccurrence(session.AddHours(4), false, 0, null)), default);

        Assert.Empty(replayed);
        Assert.Empty(beforeSession);
        var reply = Assert.Single(digest);
        Assert.Equal(thread, reply.Target.ConversationId);
        Assert.False(reply.Target.NewThread);
        var card = System.Text.Json.Nodes.JsonNode.Parse(reply.Content.CardJson!).AllText();
        Assert.Contains("Sans décision", card);
        Assert.Contains("Fraud radar", card);
        Assert.Equal(Role.CentralTeam, handlers.Single(h => h.JobType == CopilDigestJob.Type).OwnerRole);
    }
}
