using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;
using GovernanceBot.UseCases;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.UseCases;

/// <summary>
/// One bot for the use-case tests: Chloé admin, Bruno and Emma in the central team, Denise in the Copil, and the
/// two hubs the admin created. Tests submit as fresh users so they never share drafts.
/// </summary>
public sealed class UseCaseHostFixture : IAsyncLifetime
{
    public static readonly TestUser Evaluator = TestUser.Bruno;
    public static readonly TestUser SecondEvaluator = new("29:emma", "00000000-0000-0000-0000-0000000000e5", "Emma Leroy");
    public static readonly TestUser CopilMember = MaturityHostFixture.CopilMember;

    public BotTestHost Host { get; } = new(new Dictionary<string, string?>(MaturityHostFixture.RoleSettings) { ["Roles:CentralTeam:1"] = SecondEvaluator.AadObjectId });

    public UseCaseStore Store => Host.Services.GetRequiredService<UseCaseStore>();

    public Task InitializeAsync() => MaturityHostFixture.CreateHubsAsync(Host);

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
