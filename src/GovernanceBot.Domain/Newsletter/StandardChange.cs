namespace GovernanceBot.Domain.Newsletter;

/// <summary>A change to the internal standards (security, data, MLOps) the comms team recorded for the quarter.</summary>
public sealed record StandardChange(Guid Id, string Title, string Summary, DateOnly Date)
{
    public const int TitleLength = 150;
    public const int SummaryLength = 600;
}
