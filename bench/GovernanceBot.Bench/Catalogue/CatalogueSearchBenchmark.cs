using System.Diagnostics;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Importing;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Bench.Catalogue;

/// <summary>
/// Catalogue search: import time of the federal inventory, index build time and memory, and question
/// latency p50/p95/p99 on the real ~7k records and on a catalogue grown to N records (default 100,000) by
/// copying the real rows with varied ids, names and organisations.
/// </summary>
public static class CatalogueSearchBenchmark
{
    private static readonly string[] Questions =
    [
        "Qui possède le jeu de données des scores d'attrition ?", "who do I contact about wildfire detection?",
        "Combien de cas d'usage sont déployés à la NASA ?", "which use cases use personal data?",
        "Quels cas d'usage utilisent des images radiographiques à la frontière ?", "who owns the broadband deployment dataset?",
        "traduction automatique de documents", "fraud detection in payments", "Qui gère le menu de la cantine ?",
        "datasets about occupational injuries",
    ];

    private const int WarmUpPasses = 5;

    public static async Task<int> RunAsync(string[] options)
    {
        var target = options.Length > 1 && options[0] == "--records" ? int.Parse(options[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var data = Path.Combine(RepositoryPaths.Root, "..", "shared", "data");

        var importClock = Stopwatch.StartNew();
        List<CatalogueUseCase> useCases;
        using (var file = File.OpenRead(Path.Combine(data, "federal-ai-use-case-inventory-2025.csv"))) useCases = FederalInventoryImporter.Read(file).Accepted.Select(a => a.Record).ToList();
        importClock.Stop();
        var datasets = new List<CatalogueDataset>();
        foreach (var path in Directory.GetFiles(Path.Combine(data, "dcat-us"), "*.json"))
        {
            using var file = File.OpenRead(path);
            datasets.AddRange(DcatUsImporter.Read(file).Accepted.Select(a => a.Record));
        }
        Console.WriteLine($"federal inventory parsed in {importClock.ElapsedMilliseconds} ms ({useCases.Count} use cases)");
        var bridgeMemory = GC.GetTotalMemory(forceFullCollection: true);
        var bridgeClock = Stopwatch.StartNew();
        var bridge = FreeDictionaries.Bridge;
        bridgeClock.Stop();
        Console.WriteLine($"FreeDict bridge read in {bridgeClock.ElapsedMilliseconds} ms, ~{(GC.GetTotalMemory(forceFullCollection: true) - bridgeMemory) / (1024 * 1024)} MB ({bridge.FrenchTerms:N0} French, {bridge.EnglishTerms:N0} English terms)");
        var interpreter = new QuestionInterpreter(bridge);

        var measurements = new List<Measurement>();
        foreach (var (label, u, d) in new[] { ("real", useCases, datasets), ($"{target:N0}", Grow(useCases, target / 2), Grow(datasets, target - target / 2)) })
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var build = Stopwatch.StartNew();
            using var index = new LuceneCatalogueIndex();
            index.Upsert(u, d);
            var snapshot = new CatalogueSnapshot(u, d);
            build.Stop();
            var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024 * 1024);
            Console.WriteLine($"{label}: {u.Count + d.Count:N0} records indexed in {build.Elapsed.TotalSeconds:0.0} s, ~{memory} MB managed memory (index + records)");
            var answerer = new CatalogueAnswerer(index, new CatalogueAnswerOptions());
            var interpreted = Questions.Select(q => interpreter.Interpret(q, snapshot, Language.French)).ToArray();
            // Warm up until the hot paths run optimised code (tiered compilation promotes a method after
            // some calls, later on a loaded machine): a single pass left the engine half-compiled.
            for (var pass = 0; pass < WarmUpPasses; pass++)
            {
                foreach (var question in interpreted)
                {
                    answerer.Answer(question, snapshot);
                    index.Search(new CatalogueSearchRequest(question.Subject, 30));
                }
            }
            // Search alone: the engine's part of an answer (the subject's term groups, top 30 as the answerer asks).
            measurements.Add(await Measurement.RunAsync($"catalogue {label}", "search", Questions.Length * 10, i =>
            {
                index.Search(new CatalogueSearchRequest(interpreted[i % interpreted.Length].Subject, 30));
                return Task.CompletedTask;
            }));
            measurements.Add(await Measurement.RunAsync($"catalogue {label}", "question → answer (offline)", Questions.Length * 10, i =>
            {
                answerer.Answer(interpreter.Interpret(Questions[i % Questions.Length], snapshot, Language.French), snapshot);
                return Task.CompletedTask;
            }));
        }
        ResultTable.Print(Console.Out, measurements);
        return 0;
    }

    private static List<CatalogueUseCase> Grow(List<CatalogueUseCase> real, int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var source = real[i % real.Count];
            return i < real.Count ? source : source with
            {
                Id = $"{source.Id}-V{i / real.Count}",
                Name = $"{source.Name} ({Variants[i % Variants.Length]})",
                Organisation = source.Organisation + (i / real.Count % 7),
            };
        }).ToList();

    private static List<CatalogueDataset> Grow(List<CatalogueDataset> real, int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var source = real[i % real.Count];
            return i < real.Count ? source : source with { Id = $"{source.Id}-V{i / real.Count}", Name = $"{source.Name} ({Variants[i % Variants.Length]})" };
        }).ToList();

    private static readonly string[] Variants = ["phase 2", "regional", "archive", "pilot copy", "2026 release", "extended", "national"];
}
