using GovernanceBot.Domain.UseCases;
using GovernanceBot.Storage;
using GovernanceBot.Storage.Sqlite;
using GovernanceBot.UseCases;

namespace GovernanceBot.Tests.UseCases;

public sealed class UseCaseStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("gb-usecases-");
    private readonly SqliteTableStorage _storage;
    private readonly UseCaseStore _store;

    public UseCaseStoreTests()
    {
        _storage = new SqliteTableStorage(DatabasePath);
        _store = new UseCaseStore(_storage);
    }

    private string DatabasePath => Path.Combine(_directory.FullName, "bot.db");

    private async Task<StoredUseCase> NewCompleteDraftAsync(UseCaseStore store, string title = "Churn", string user = "aad-alice", string hub = "retail-banking")
    {
        var started = UseCase.Start(Guid.NewGuid(), hub, UseCaseSamples.Member(user, hub), Now);
        var stored = await store.AddAsync(started, CancellationToken.None);
        var filled = stored.UseCase with { Content = UseCaseSamples.Complete(title), Revision = stored.UseCase.Revision + 1 };
        return await store.SaveAsync(stored, filled, null, CancellationToken.None);
    }

    private static Task<StoredUseCase> SubmitAsync(UseCaseStore store, StoredUseCase draft, string user = "aad-alice") =>
        store.SubmitAsync(draft, 2026, number => draft.UseCase.Apply(LifecycleAction.Submit, UseCaseSamples.Member(user, draft.UseCase.HubId), TransitionRequest.None, Now, number), CancellationToken.None);

    [Fact]
    public async Task A_use_case_round_trips_with_every_field_evaluation_and_production_fact()
    {
        var draft = await NewCompleteDraftAsync(_store);
        var submitted = await SubmitAsync(_store, draft);
        var taken = submitted.UseCase.Apply(LifecycleAction.Take, UseCaseSamples.Evaluator, TransitionRequest.None, Now.AddDays(1));
        var rated = taken.UseCase.Rate(UseCaseSamples.Evaluator, new Dictionary<EvaluationAxis, AxisRating> { [EvaluationAxis.ReusePotential] = new(4, "Two hubs asked") }, Now.AddDays(1));
        await _store.SaveAsync(await _store.SaveAsync(submitted, taken.UseCase, taken.Entry, CancellationToken.None), rated.UseCase, rated.Entry, CancellationToken.None);

        var read = (await _store.GetAsync(draft.UseCase.Id, CancellationToken.None))!.UseCase;

        Assert.Equal(rated.UseCase.Content, read.Content);
        Assert.Equal(rated.UseCase.Evaluation.Ratings.ToDictionary(), read.Evaluation.Ratings.ToDictionary());
        Assert.Equal((UseCaseState.InEvaluation, "aad-dan", rated.UseCase.Revision), (read.State, read.OwnerKey, read.Revision));
        Assert.Equal("UC-2026-0001", read.Number.ToString());
        Assert.Equal(rated.UseCase with { Content = read.Content, Evaluation = read.Evaluation }, read);
    }

    [Fact]
    public async Task Lists_by_state_hub_and_submitter_follow_each_change()
    {
        var mine = await NewCompleteDraftAsync(_store, "Mine");
        await NewCompleteDraftAsync(_store, "Theirs", user: "aad-zoe", hub: "insurance");

        await SubmitAsync(_store, mine);

        Assert.Equal(["Mine"], (await _store.ListBySubmitterAsync("aad-alice", CancellationToken.None)).Select(i => i.Title));
        Assert.Equal(["Mine"], (await _store.ListByStateAsync(UseCaseState.Submitted, CancellationToken.None)).Select(i => i.Title));
        Assert.Equal(["Theirs"], (await _store.ListByStateAsync(UseCaseState.Draft, CancellationToken.None)).Select(i => i.Title));
        Assert.Equal(["Theirs"], (await _store.ListByHubAsync("insurance", CancellationToken.None)).Select(i => i.Title));
        var line = Assert.Single(await _store.ListByHubAsync("retail-banking", CancellationToken.None));
        Assert.Equal((UseCaseState.Submitted, "UC-2026-0001"), (line.State, line.Number.ToString()));
    }

    [Fact]
    public async Task A_submitter_key_containing_the_separator_does_not_see_a_neighbours_use_cases()
    {
        await NewCompleteDraftAsync(_store, "Of a_b", user: "id-a_b");

        Assert.Empty(await _store.ListBySubmitterAsync("id-a", CancellationToken.None));
        Assert.Single(await _store.ListBySubmitterAsync("id-a_b", CancellationToken.None));
    }

    [Fact]
    public async Task History_comes_newest_first_with_exact_instants()
    {
        var draft = await NewCompleteDraftAsync(_store);
        var submitted = await SubmitAsync(_store, draft);
        var taken = submitted.UseCase.Apply(LifecycleAction.Take, UseCaseSamples.Evaluator, TransitionRequest.None, Now.AddHours(3).AddTicks(7));
        await _store.SaveAsync(submitted, taken.UseCase, taken.Entry, CancellationToken.None);

        var history = await _store.HistoryAsync(draft.UseCase.Id, 10, CancellationToken.None);

        Assert.Equal([HistoryEvent.Taken, HistoryEvent.Submitted, HistoryEvent.Created], history.Select(h => h.Event));
        Assert.Equal(Now.AddHours(3).AddTicks(7), history[0].At);
        Assert.Equal(taken.Entry, history[0]);
    }

    [Fact]
    public async Task A_write_from_a_stale_read_is_refused_and_changes_nothing()
    {
        var draft = await NewCompleteDraftAsync(_store);
        var first = draft.UseCase.ApplyWizard(UseCaseSamples.Member(), WizardStep.Value, new Dictionary<string, string?> { ["title"] = "First" }, WizardMove.SaveAndQuit, Now).UseCase;
        var second = draft.UseCase.ApplyWizard(UseCaseSamples.Member(), WizardStep.Value, new Dictionary<string, string?> { ["title"] = "Second" }, WizardMove.SaveAndQuit, Now).UseCase;
        await _store.SaveAsync(draft, first, null, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.SaveAsync(draft, second, null, CancellationToken.None));

        Assert.Equal("First", (await _store.GetAsync(draft.UseCase.Id, CancellationToken.None))!.UseCase.Title);
        Assert.Equal(["First"], (await _store.ListBySubmitterAsync("aad-alice", CancellationToken.None)).Select(i => i.Title));
    }

    [Fact]
    public async Task Submitting_twice_from_the_same_read_gives_one_number_and_one_history_line()
    {
        var draft = await NewCompleteDraftAsync(_store);
        await SubmitAsync(_store, draft);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SubmitAsync(_store, draft));

        var numbered = await _store.FindAsync(new UseCaseNumber(2026, 1), CancellationToken.None);
        Assert.Equal(draft.UseCase.Id, numbered!.UseCase.Id);
        Assert.Null(await _store.FindAsync(new UseCaseNumber(2026, 2), CancellationToken.None));
        Assert.Single(await _store.HistoryAsync(draft.UseCase.Id, 10, CancellationToken.None), h => h.Event == HistoryEvent.Submitted);
    }

    [Fact]
    public async Task A_refused_submission_takes_no_number()
    {
        var started = await _store.AddAsync(UseCase.Start(Guid.NewGuid(), "retail-banking", UseCaseSamples.Member(), Now), CancellationToken.None);

        await Assert.ThrowsAsync<UseCaseRefusedException>(() => SubmitAsync(_store, started));

        var next = await SubmitAsync(_store, await NewCompleteDraftAsync(_store));
        Assert.Equal("UC-2026-0001", next.UseCase.Number.ToString());
    }

    [Fact]
    public async Task Two_instances_submitting_many_use_cases_at_once_give_numbers_without_gaps_or_duplicates()
    {
        using var otherInstance = new SqliteTableStorage(DatabasePath);
        var stores = new[] { _store, new UseCaseStore(otherInstance) };
        var drafts = new List<StoredUseCase>();
        for (var i = 0; i < 16; i++) drafts.Add(await NewCompleteDraftAsync(_store, $"Case {i}"));

        var submitted = await Task.WhenAll(drafts.Select((draft, i) => Task.Run(() => SubmitAsync(stores[i % 2], draft))));

        Assert.Equal(Enumerable.Range(1, 16), submitted.Select(s => s.UseCase.Number!.Value.Sequence).Order());
        foreach (var stored in submitted)
            Assert.Equal(stored.UseCase.Id, (await _store.FindAsync(stored.UseCase.Number!.Value, CancellationToken.None))!.UseCase.Id);
    }

    [Fact]
    public async Task Numbers_restart_each_year_and_a_resubmission_keeps_its_number()
    {
        var draft = await NewCompleteDraftAsync(_store);
        var submitted = await SubmitAsync(_store, draft);
        var sentBack = submitted.UseCase.Apply(LifecycleAction.SendBack, UseCaseSamples.Evaluator, new TransitionRequest("Which branches?"), Now.AddDays(1));
        var back = await _store.SaveAsync(submitted, sentBack.UseCase, sentBack.Entry, CancellationToken.None);

        var resubmitted = await SubmitAsync(_store, back);
        var other = await NewCompleteDraftAsync(_store, "Next year");
        var nextYear = await _store.SubmitAsync(other, 2027,
            number => other.UseCase.Apply(LifecycleAction.Submit, UseCaseSamples.Member(), TransitionRequest.None, Now.AddYears(1), number), CancellationToken.None);

        Assert.Equal("UC-2026-0001", resubmitted.UseCase.Number.ToString());
        Assert.Null(await _store.FindAsync(new UseCaseNumber(2026, 2), CancellationToken.None));
        Assert.Equal("UC-2027-0001", nextYear.UseCase.Number.ToString());
    }

    public void Dispose()
    {
        _storage.Dispose();
        _directory.Delete(recursive: true);
    }
}
