using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;
using GovernanceBot.Domain.Catalogue.Search.Bridge;

namespace GovernanceBot.Domain.Tests.Catalogue.Browse;

/// <summary>A small catalogue whose every facet value is known, indexed once: three organisations, hubs, statuses, themes, and twenty letters to page through.</summary>
public sealed class SmallCatalogue : IDisposable
{
    public static readonly CatalogueUseCase Fraud = new()
    {
        Id = "UC-FRAUD", Name = "Fraud detection in benefit claims", Organisation = "DHS", Hub = "CBP", Status = UseCaseStatus.InProduction,
        UsesPersonalData = true, Topic = "Law enforcement", Description = "Flags suspicious claims for investigators.",
    };

    public static readonly CatalogueUseCase Xray = new()
    {
        Id = "UC-XRAY", Name = "Chest x-ray triage", Organisation = "HHS", Hub = "CDC", Status = UseCaseStatus.Pilot,
        UsesPersonalData = true, Topic = "Health", Description = "Orders radiology worklists by urgency.",
    };

    public static readonly CatalogueUseCase Smoke = new()
    {
        Id = "UC-SMOKE", Name = "Wildfire smoke forecast", Organisation = "NASA", Hub = "Earth Science", Status = UseCaseStatus.InProduction,
        UsesPersonalData = false, Topic = "Science", Description = "Forecasts smoke plumes from satellite imagery.",
    };

    public static readonly CatalogueDataset Claims = new()
    {
        Id = "DS-CLAIMS", Name = "Claims history", OwnerOrganisation = "DHS", Sensitivity = DatasetSensitivity.NonPublic,
        ContainsPersonalData = true, Domain = "Law enforcement; Finance", Description = "Every benefit claim since 2010.",
        StewardName = "Dana Scott", StewardEmail = "dana.scott@example.gov",
    };

    public static readonly CatalogueDataset Air = new()
    {
        Id = "DS-AIR", Name = "Air quality readings", OwnerOrganisation = "NASA", Sensitivity = DatasetSensitivity.Public,
        Domain = "Science", Description = "Hourly particulate readings from ground stations.",
    };

    /// <summary>Twenty VA use cases, to page through.</summary>
    public static readonly IReadOnlyList<CatalogueUseCase> Letters = Enumerable.Range(1, 20).Select(i => new CatalogueUseCase
    {
        Id = $"UC-LETTER-{i:00}", Name = $"Benefit letter drafting {i:00}", Organisation = "VA", Hub = "VBA", Status = UseCaseStatus.InDevelopment,
        Topic = "Government services", Description = "Drafts letters to veterans.",
    }).ToList();

    public SmallCatalogue()
    {
        var useCases = new[] { Fraud, Xray, Smoke }.Concat(Letters).ToList();
        var datasets = new[] { Claims, Air };
        Snapshot = new CatalogueSnapshot(useCases, datasets);
        Index = new LuceneCatalogueIndex();
        Index.Upsert(useCases, datasets);
        Interpreter = new QuestionInterpreter(TermBridge.Build([], [], "none"));
    }

    public CatalogueSnapshot Snapshot { get; }
    public LuceneCatalogueIndex Index { get; }
    public QuestionInterpreter Interpreter { get; }

    public int RecordCount => Snapshot.UseCases.Count + Snapshot.Datasets.Count;

    public void Dispose() => Index.Dispose();
}
