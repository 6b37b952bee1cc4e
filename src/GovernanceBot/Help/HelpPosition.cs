namespace GovernanceBot.Help;

/// <summary>
/// Where each feature appears on the help card, top to bottom: the order of this list is the order
/// users see. A new feature adds its name here, in the place it deserves.
/// </summary>
public enum HelpPosition
{
    Maturity,
    MaturityHistory,
    UseCases,
    MyUseCases,
    UseCasesToEvaluate,
    Copil,
    Newsletter,
    CatalogueQuestions,
    CatalogueLookup,
    CatalogueBrowse,
    CatalogueLinks,
    Hubs,
    Delivery,
    Roles,
    Status,
    WhoAmI,
    Language,
    Help,
}
