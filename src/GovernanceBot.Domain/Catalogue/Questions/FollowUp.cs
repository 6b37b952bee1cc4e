namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>
/// A question as it will be answered: either as asked, or completed from an earlier turn
/// (<see cref="Previous"/> says which) because it only made sense with it.
/// </summary>
public sealed record FollowUp(CatalogueQuestion Question, ConversationTurn? Previous)
{
    public bool UsesContext => Previous is not null;
}
