using GovernanceBot.Domain.Maturity;
using GovernanceBot.Hubs;

namespace GovernanceBot.Maturity.Cards;

/// <summary>One line of the overview: a hub and its latest finished assessment, if any.</summary>
internal sealed record HubLatestScore(Hub Hub, CompletedAssessment? Latest);
