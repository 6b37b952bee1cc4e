using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue.Browse;

/// <summary>
/// What the typed words of a browse mean, read like a question: phrases that name a filter ("en
/// production", "personal data", "NASA", "jeux de données") become filters, the rest are the terms
/// searched (with their translations). Filters chosen on the card win over those read from the words.
/// </summary>
public sealed record BrowseWords(IReadOnlyList<QueryTermGroup> Terms, BrowseFilters Filters)
{
    public static BrowseWords Empty { get; } = new([], BrowseFilters.None);

    public static BrowseWords Read(string words, QuestionInterpreter interpreter, CatalogueSnapshot snapshot, Language language)
    {
        if (string.IsNullOrWhiteSpace(words)) return Empty;
        var question = interpreter.Interpret(words, snapshot, language);
        return new BrowseWords(question.Subject, FiltersOf(question));
    }

    /// <summary>The browse filters a question's recognised phrases stand for.</summary>
    public static BrowseFilters FiltersOf(CatalogueQuestion question)
    {
        var organisation = question.Organisation;
        return new BrowseFilters
        {
            Kind = question.Kind,
            Status = question.Status,
            Data = question.PersonalData ? DataConcern.PersonalData : question.Sensitive ? DataConcern.NonPublic : null,
            Hub = organisation is { Scope: OrganisationScope.Hub } ? organisation.Value : null,
            Organisation = organisation is { Scope: not OrganisationScope.Hub } ? organisation.Value : null,
        };
    }
}
