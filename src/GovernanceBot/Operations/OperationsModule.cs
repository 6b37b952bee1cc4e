using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Help;
using GovernanceBot.Identity;
using GovernanceBot.Modules;

namespace GovernanceBot.Operations;

/// <summary>"état" / "status": how this instance and the shared state are doing, for admins in a one-to-one chat.</summary>
public sealed class OperationsModule : IFeatureModule
{
    public static readonly BotCommand Status = new("état", "status", "etat du bot", "bot status");

    public IEnumerable<HelpTopic> HelpTopics => [HelpTopic.For(HelpPosition.Status, OperationsTexts.HelpTitle, OperationsTexts.HelpDescription, Status)];

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<StatusReport>();

    public void MapRoutes(FeatureRoutes routes)
    {
        var report = routes.Get<StatusReport>();
        routes.OnCommand(Status, (turn, cancellationToken) => AnswerAsync(report, turn, cancellationToken),
            RouteGuard.PersonalChat(OperationsTexts.PrivateOnly).And(RouteGuard.Permitted(Permission.ViewOperations, OperationsTexts.Refused)));
    }

    private static async Task AnswerAsync(StatusReport report, ITurnContext turn, CancellationToken cancellationToken) =>
        await turn.SendTextAsync(await report.WriteAsync(turn.Language(), cancellationToken), cancellationToken);
}
