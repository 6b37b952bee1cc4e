namespace GovernanceBot.BotFramework.Turns;

/// <summary>A route's handler: reads the turn and answers through it.</summary>
public delegate Task TurnHandler(ITurnContext turn, CancellationToken cancellationToken);
