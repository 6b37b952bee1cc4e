using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;

namespace GovernanceBot.Modules;

/// <summary>
/// The typed data a card action carries. Each card's data type reads itself once from the raw action,
/// defensively (a modified client can send anything), so handlers only ever see parsed values.
/// </summary>
public interface ICardData<TSelf> where TSelf : ICardData<TSelf>
{
    /// <summary>Reads the action's data; throws <see cref="CardDataException"/> when it is missing or malformed.</summary>
    static abstract TSelf Read(CardActionData action);
}

/// <summary>A handler of a typed card action.</summary>
public delegate Task CardActionHandler<in TData>(ITurnContext turn, TData data, CancellationToken cancellationToken);

/// <summary>Card data that cannot be used, with the reason shown to the user (the card is old or was altered).</summary>
public sealed class CardDataException(LocalizedText reason) : Exception(reason.En)
{
    public LocalizedText Reason { get; } = reason;
}
