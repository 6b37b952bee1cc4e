namespace GovernanceBot.Domain.Catalogue.Search;

/// <summary>
/// One meaningful word (or phrase) of a question, folded, with the words that may stand for it in the
/// records (translations and synonyms). A record "covers" the group when it contains any of them.
/// </summary>
public sealed record QueryTermGroup(string Word, IReadOnlyList<string> Alternatives)
{
    public IEnumerable<string> AllForms => Alternatives.Prepend(Word);
}
