using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Importing;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Domain.Tests.Catalogue;

/// <summary>The real federal inventory, the eleven DCAT-US catalogues and the project's samples, indexed once.</summary>
public sealed class RealCatalogueFixture : IDisposable
{
    public RealCatalogueFixture()
    {
        var useCases = new List<CatalogueUseCase>();
        var datasets = new List<CatalogueDataset>();
        using (var file = File.OpenRead(SharedData.FederalInventory)) useCases.AddRange(FederalInventoryImporter.Read(file).Accepted.Select(a => a.Record));
        foreach (var path in SharedData.DcatFiles)
        {
            using var file = File.OpenRead(path);
            datasets.AddRange(DcatUsImporter.Read(file).Accepted.Select(a => a.Record));
        }
        var samples = Path.Combine(RepositoryPaths.Root, "samples", "catalogue");
        foreach (var name in new[] { "usecases.csv", "usecases.json" })
        {
            using var file = File.OpenRead(Path.Combine(samples, name));
            useCases.AddRange(CatalogueFileReader.ReadUseCases(file, name).Result.Accepted.Select(a => a.Record));
        }
        foreach (var name in new[] { "datasets.csv", "datasets.json" })
        {
            using var file = File.OpenRead(Path.Combine(samples, name));
            datasets.AddRange(CatalogueFileReader.ReadDatasets(file, name).Result.Accepted.Select(a => a.Record));
        }
        Snapshot = new CatalogueSnapshot(useCases, datasets);
        Index = new LuceneCatalogueIndex();
        Index.Upsert(useCases, datasets);
        Interpreter = new QuestionInterpreter(FreeDictionaries.Bridge);
        Answerer = new CatalogueAnswerer(Index, new CatalogueAnswerOptions { CentralTeamContact = "equipe-centrale@example.org" });
    }

    public CatalogueSnapshot Snapshot { get; }
    public LuceneCatalogueIndex Index { get; }
    public QuestionInterpreter Interpreter { get; }
    public CatalogueAnswerer Answerer { get; }

    public CatalogueAnswer Ask(string question, Language fallback = Language.French) =>
        Answerer.Answer(Interpreter.Interpret(question, Snapshot, fallback), Snapshot);

    public void Dispose() => Index.Dispose();
}
