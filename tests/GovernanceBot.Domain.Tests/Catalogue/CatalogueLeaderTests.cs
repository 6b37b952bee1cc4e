using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Tests.Catalogue;

/// <summary>
/// When no record covers enough of a question, one that covers nearly enough and clearly more than the
/// others is still the answer — alone; near ties stay "I don't know", and lists and counts stay exact.
/// </summary>
public sealed class CatalogueLeaderTests
{
    private static readonly CatalogueSnapshot Snapshot = new(
        [
            new CatalogueUseCase { Id = "A", Name = "Bank examiner search engine" },
            new CatalogueUseCase { Id = "B", Name = "Research engine" },
            new CatalogueUseCase { Id = "C", Name = "Search engine optimisation" },
        ],
        []);

    private static readonly CatalogueAnswerOptions Options = new() { MinCoverage = 0.6, LeaderAllowance = 0.15, LeaderMargin = 0.15 };

    [Fact]
    public void A_clear_leader_just_below_the_bar_is_the_only_record_cited()
    {
        var answer = Answer(QuestionIntent.Search, ("A", 0.52), ("B", 0.31), ("C", 0.30));

        Assert.Equal(AnswerKind.Matches, answer.Kind);
        Assert.Equal(["A"], answer.Records.Select(r => r.Ref.Id));
    }

    [Fact]
    public void Two_records_close_to_each_other_below_the_bar_give_no_answer()
    {
        var answer = Answer(QuestionIntent.Search, ("A", 0.52), ("B", 0.45));

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }

    [Fact]
    public void A_leader_too_far_below_the_bar_gives_no_answer()
    {
        var answer = Answer(QuestionIntent.Search, ("A", 0.40), ("B", 0.10));

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }

    [Fact]
    public void Records_above_the_bar_are_all_cited_as_before()
    {
        var answer = Answer(QuestionIntent.Search, ("A", 0.9), ("B", 0.7), ("C", 0.3));

        Assert.Equal(["A", "B"], answer.Records.Select(r => r.Ref.Id));
    }

    [Fact]
    public void Counts_never_take_a_leader_below_the_bar()
    {
        var answer = Answer(QuestionIntent.Count, ("A", 0.52), ("B", 0.2));

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }

    private static CatalogueAnswer Answer(QuestionIntent intent, params (string Id, double Coverage)[] hits)
    {
        var question = new CatalogueQuestion
        {
            Text = "moteur de recherche pour les examinateurs bancaires",
            Language = Language.French,
            Intent = intent,
            Subject = [new QueryTermGroup("moteur", ["engine"]), new QueryTermGroup("recherche", ["search"])],
        };
        return new CatalogueAnswerer(new FixedHits(hits), Options).Answer(question, Snapshot);
    }

    /// <summary>An engine returning set hits in the given order, so only the answerer's rule is under test.</summary>
    private sealed class FixedHits((string Id, double Coverage)[] hits) : ICatalogueSearchIndex
    {
        public int Count => hits.Length;

        public void Upsert(IEnumerable<CatalogueUseCase> useCases, IEnumerable<CatalogueDataset> datasets) { }

        public IReadOnlyList<CatalogueSearchHit> Search(CatalogueSearchRequest request) =>
            hits.Select((h, i) => new CatalogueSearchHit(RecordRef.UseCase(h.Id), 10 - i, h.Coverage, ["moteur"])).ToList();
    }
}
