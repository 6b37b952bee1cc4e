namespace GovernanceBot.Domain.Newsletter;

/// <summary>An event on the comms team's list: a tech talk, a training, a workshop.</summary>
public sealed record UpcomingEvent(Guid Id, EventKind Kind, string Title, DateOnly Date, string? Place)
{
    public const int TitleLength = 150;
    public const int PlaceLength = 150;
}
