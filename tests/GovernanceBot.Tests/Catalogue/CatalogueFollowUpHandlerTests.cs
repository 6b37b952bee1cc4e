using GovernanceBot.Catalogue;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.TestSupport;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Newsletter;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Catalogue;

/// <summary>
/// Follow-up questions over HTTP: the context is the conversation's (and the asker's), lives in shared
/// storage (a second instance of the bot sees it) and expires after 30 minutes.
/// </summary>
public sealed class CatalogueFollowUpHandlerTests : IAsyncLifetime
{
    private const string Owner = "Qui est propriétaire des réclamations clients ?";
    private const string FollowUp = "et qui en est le contact ?";

    private readonly NewsletterHost.MovableClock _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly BotTestHost _host;

    public CatalogueFollowUpHandlerTests()
    {
        _host = new BotTestHost(new Dictionary<string, string?> { ["Catalogue:CentralTeamContact"] = CatalogueHostFixture.CentralTeam })
        {
            ServiceOverrides = services => services.AddSingleton<TimeProvider>(_clock),
        };
    }

    public async Task InitializeAsync()
    {
        var runner = _host.Services.GetRequiredService<CatalogueImportRunner>();
        foreach (var (kind, name) in new[] { (CatalogueKind.Datasets, "datasets.csv"), (CatalogueKind.UseCases, "usecases.csv") })
        {
            await using var file = File.OpenRead(Path.Combine(RepositoryPaths.Root, "samples", "catalogue", name));
            await runner.ImportAsync(kind, file, name, null, CancellationToken.None);
        }
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<string> AskAsync(TestConversation conversation, string question) =>
        Assert.Single(await conversation.SendAsync(question)).Card().AllText();

    [Fact]
    public async Task A_follow_up_in_the_same_conversation_is_about_the_previous_answer()
    {
        var conversation = _host.Conversation();
        await AskAsync(conversation, Owner);

        var text = await AskAsync(conversation, FollowUp);

        Assert.Contains("[DS-RECLAMATIONS]", text);
        Assert.Contains("aline.girard@example.org", text);
        Assert.Contains("Suite de votre question «\u00a0" + Owner + "\u00a0»", text);
    }

    [Fact]
    public async Task Back_from_a_record_opened_on_a_follow_up_answers_the_follow_up_as_it_was_meant()
    {
        var conversation = _host.Conversation(TestUser.Alice, "en-US");
        await AskAsync(conversation, "Who owns the customer complaints?");
        var followUp = Assert.Single(await conversation.SendAsync("and who is its contact?")).Card();
        var open = followUp.ExecuteActions().First(a => a.Verb == CatalogueVerbs.Open);

        var record = await conversation.ExecuteAsync(open.Verb, (System.Text.Json.Nodes.JsonObject)open.Data.DeepClone());
        var back = record.Card.ExecuteActions().Single(a => a.Verb == CatalogueVerbs.Back);
        var again = await conversation.ExecuteAsync(back.Verb, (System.Text.Json.Nodes.JsonObject)back.Data.DeepClone());

        Assert.Contains("[DS-RECLAMATIONS]", again.Card.AllText());
        Assert.Contains("aline.girard@example.org", again.Card.AllText());
    }

    [Fact]
    public async Task Follow_ups_chain_and_an_ellipsis_changes_a_filter_in_english()
    {
        var conversation = _host.Conversation(TestUser.Bruno, "en-US");
        var list = await AskAsync(conversation, "which use cases use personal data?");
        Assert.Contains("[GRP-COURRIER]", list);

        var inProduction = await AskAsync(conversation, "and in production?");
        var count = await AskAsync(conversation, "how many?");

        Assert.Contains("[GRP-CHURN]", inProduction);
        Assert.Contains("[GRP-FRAUDE]", inProduction);
        Assert.DoesNotContain("[GRP-COURRIER]", inProduction);
        Assert.Contains("2 use case(s)", count);
    }

    [Fact]
    public async Task A_complete_question_after_another_starts_afresh()
    {
        var conversation = _host.Conversation(TestUser.Bruno);
        await AskAsync(conversation, Owner);

        var text = await AskAsync(conversation, "Qui contacter pour l'estimation du délai de livraison des colis ?");

        Assert.Contains("[GRP-COLIS]", text);
        Assert.DoesNotContain("Suite de votre question", text);
        Assert.DoesNotContain("[DS-RECLAMATIONS]", text);
    }

    [Fact]
    public async Task Another_conversation_does_not_see_the_context()
    {
        await AskAsync(_host.Conversation(TestUser.Alice), Owner);
        var elsewhere = new TestConversation(_host.CreateClient(), TestUser.Alice, "fr-FR") { ConversationType = "channel", ConversationId = "19:other@thread.tacv2" };

        var text = await AskAsync(elsewhere, FollowUp);

        Assert.DoesNotContain("[DS-RECLAMATIONS]", text);
        Assert.DoesNotContain("Suite de votre question", text);
    }

    [Fact]
    public async Task After_thirty_minutes_a_follow_up_starts_afresh()
    {
        var conversation = _host.Conversation(TestUser.Alice);
        await AskAsync(conversation, Owner);

        _clock.Advance(TimeSpan.FromMinutes(31));
        var text = await AskAsync(conversation, FollowUp);

        Assert.DoesNotContain("[DS-RECLAMATIONS]", text);
        Assert.Contains("aucune fiche", text);
    }

    [Fact]
    public async Task Another_instance_of_the_bot_sees_the_conversation_context()
    {
        using var other = new BotTestHost(new Dictionary<string, string?> { ["Catalogue:CentralTeamContact"] = CatalogueHostFixture.CentralTeam }, _host.DataDirectory)
        {
            ServiceOverrides = services => services.AddSingleton<TimeProvider>(_clock),
        };
        var conversation = new TestConversation(_host.CreateClient(), TestUser.Bruno, "fr-FR") { ConversationId = "a:shared-instance" };
        await AskAsync(conversation, Owner);

        var text = await AskAsync(new TestConversation(other.CreateClient(), TestUser.Bruno, "fr-FR") { ConversationId = "a:shared-instance" }, FollowUp);

        Assert.Contains("[DS-RECLAMATIONS]", text);
        Assert.Contains("aline.girard@example.org", text);
    }
}
