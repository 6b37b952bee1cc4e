namespace GovernanceBot.Domain.Newsletter;

/// <summary>A hub's lesson learnt ("retour d'expérience") on one of its use cases.</summary>
public sealed record LessonLearnt(Guid Id, string UseCaseNumber, string UseCaseTitle, string HubId, string Text, string AuthorName, DateTimeOffset At)
{
    public const int TextLength = 1000;
}
