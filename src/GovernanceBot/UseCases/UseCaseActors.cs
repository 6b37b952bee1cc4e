using GovernanceBot.Domain.UseCases;
using GovernanceBot.Identity;

namespace GovernanceBot.UseCases;

/// <summary>Turns the caller's stored access into the domain's actor: roles become capacities through permissions, never through card data.</summary>
internal static class UseCaseActors
{
    public static UseCaseActor From(UserAccess user) => new(
        user.UserKey,
        user.DisplayName,
        user.HubId,
        IsCentralTeam: user.May(Permission.EvaluateUseCase),
        IsCopil: user.May(Permission.DecideUseCase),
        SeesEveryUseCase: user.May(Permission.ViewAllUseCases));
}
