using System.IO.Compression;
using System.Text;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;
using GovernanceBot.Domain.Catalogue.Search.Bridge;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Domain.Tests.Catalogue;

public sealed class TermBridgeTests
{
    [Fact]
    public void The_real_FreeDict_dictionaries_translate_French_words_to_English_and_back()
    {
        var bridge = FreeDictionaries.Bridge;

        Assert.Contains("customs", bridge.Translate("douane", Language.French));
        Assert.Contains("owner", bridge.Translate(TextFolding.Fold("propriétaires"), Language.French));
        Assert.Contains("health", bridge.Translate(TextFolding.Fold("santé"), Language.French));
        Assert.Contains("sante", bridge.Translate("health", Language.English));
        Assert.True(bridge.FrenchTerms > 5_000, $"{bridge.FrenchTerms} French terms");
    }

    [Fact]
    public void A_French_question_finds_the_English_record_through_the_real_dictionary()
    {
        var useCases = new[]
        {
            new CatalogueUseCase { Id = "CBP-1", Name = "Cargo screening at ports of entry", Description = "Ranks customs declarations for inspection." },
            new CatalogueUseCase { Id = "HHS-1", Name = "Hospital bed forecasting", Description = "Predicts public health demand." },
            new CatalogueUseCase { Id = "DOT-1", Name = "Road surface scoring", Description = "Scores pavement images." },
        };
        var snapshot = new CatalogueSnapshot(useCases, []);
        using var index = new LuceneCatalogueIndex();
        index.Upsert(useCases, []);
        var interpreter = new QuestionInterpreter(FreeDictionaries.Bridge);
        var answerer = new CatalogueAnswerer(index, new CatalogueAnswerOptions());

        var customs = answerer.Answer(interpreter.Interpret("Quels modèles pour les déclarations en douane ?", snapshot, Language.French), snapshot);
        var health = answerer.Answer(interpreter.Interpret("prévoir la demande de santé publique", snapshot, Language.French), snapshot);

        Assert.Equal("CBP-1", customs.Records.First().Ref.Id);
        Assert.Equal("HHS-1", health.Records.First().Ref.Id);
    }

    [Fact]
    public void Without_a_dictionary_words_are_searched_as_typed()
    {
        var interpreter = new QuestionInterpreter(TermBridge.None);

        var question = interpreter.Interpret("douane", new CatalogueSnapshot([], []), Language.French);

        Assert.Empty(Assert.Single(question.Subject).Alternatives);
    }

    [Fact]
    public void A_dictd_file_is_read_through_its_base64_index_into_gzip_data()
    {
        const string articles = "chat /ʃa/ <n, masc>\ncat\nbanque /bɑ̃k/ <n, fem>\n1. bank\n2. bench (of fish), shoal\n";
        var bytes = Encoding.UTF8.GetBytes(articles);
        var first = Encoding.UTF8.GetByteCount("chat /ʃa/ <n, masc>\ncat\n");
        var index = $"00databaseinfo\tA\tB\nbanque\t{Base64(first)}\t{Base64(bytes.Length - first)}\nchat\tA\t{Base64(first)}\n";
        var data = new MemoryStream();
        using (var gzip = new GZipStream(data, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(bytes);
        data.Position = 0;

        var parsed = DictdDictionary.Articles(new MemoryStream(Encoding.UTF8.GetBytes(index)), data)
            .Select(DictionaryArticle.Parse).OfType<DictionaryArticle>().ToList();

        Assert.Equal(["banque", "chat"], parsed.Select(a => a.Headword));
        Assert.Equal(["bank", "bench", "shoal"], parsed[0].Translations(4));
    }

    [Fact]
    public void Malformed_index_lines_are_skipped_not_fatal()
    {
        var data = new MemoryStream();
        using (var gzip = new GZipStream(data, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write("x\ny\n"u8);
        data.Position = 0;
        var index = "no tabs here\nbad\t!!\tB\nfar\tZZZZ\tB\n";

        Assert.Empty(DictdDictionary.Articles(new MemoryStream(Encoding.UTF8.GetBytes(index)), data));
    }

    private static string Base64(long value)
    {
        const string digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var text = "";
        do
        {
            text = digits[(int)(value % 64)] + text;
            value /= 64;
        } while (value > 0);
        return text;
    }
}
