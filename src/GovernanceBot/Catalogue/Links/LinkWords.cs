using System.Globalization;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Modules;

namespace GovernanceBot.Catalogue.Links;

/// <summary>How links read in cards and in card data: roles, sentences, dates, checked ids.</summary>
internal static class LinkWords
{
    public static string RoleKey(DatasetRole role) => role == DatasetRole.Produces ? "produces" : "consumes";

    /// <summary>The role a card sends; anything else is refused rather than read as a default.</summary>
    public static DatasetRole ReadRole(CardActionData action) => action.GetString("role") switch
    {
        "produces" => DatasetRole.Produces,
        "consumes" => DatasetRole.Consumes,
        _ => throw new CardDataException(CatalogueLinkTexts.RecordGone.Localized),
    };

    /// <summary>An id a card sends, or null when absent or empty; an over-long one is refused.</summary>
    public static string? ReadId(CardActionData action, string name)
    {
        var id = action.GetString(name)?.Trim();
        if (string.IsNullOrEmpty(id)) return null;
        return id.Length > CatalogueActionData.MaxIdLength ? throw new CardDataException(CatalogueLinkTexts.RecordGone.Localized) : id;
    }

    /// <summary>"Prévision de l'attrition [GRP-CHURN] utilise Réclamations clients [DS-RECLAMATIONS]."</summary>
    public static string Sentence(CatalogueUseCase useCase, CatalogueDataset dataset, DatasetRole role, Language language) =>
        (role == DatasetRole.Produces ? CatalogueLinkTexts.ProducesLine : CatalogueLinkTexts.ConsumesLine)
            .In(language, CatalogueWords.Cite(useCase.Name, useCase.Id), CatalogueWords.Cite(dataset.Name, dataset.Id));

    /// <summary>Typed text quoted as each language does: «\u00a0…\u00a0» in French, "…" in English.</summary>
    public static string Quote(string text, Language language) => language == Language.English ? $"\"{text}\"" : $"«\u00a0{text}\u00a0»";

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Score(double score, Language language) => score.ToString("P0", Localization.TextCatalog.Culture(language));
}
