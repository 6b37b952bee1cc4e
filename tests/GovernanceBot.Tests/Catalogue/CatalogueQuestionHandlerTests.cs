using System.Text.Json.Nodes;
using GovernanceBot.Catalogue;
using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Catalogue;

/// <summary>Questions sent to the bot over HTTP, as Teams would, in a personal chat and in a channel.</summary>
public sealed class CatalogueQuestionHandlerTests(CatalogueHostFixture fixture) : IClassFixture<CatalogueHostFixture>
{
    [Fact]
    public async Task A_question_in_a_personal_chat_gets_an_answer_card_citing_the_dataset_and_its_owner()
    {
        var card = Assert.Single(await fixture.Host.Conversation().SendAsync("Qui est propriétaire des réclamations clients ?")).Card();

        var text = card.AllText();
        Assert.Contains("Réponse", text);
        Assert.Contains("[DS-RECLAMATIONS]", text);
        Assert.Contains("Direction Relation Client", text);
        Assert.Contains("aline.girard@example.org", text);
        Assert.Contains("Prévision de l'attrition client [GRP-CHURN]", text);
        Assert.Contains(card.ExecuteActions(), a => a.Verb == CatalogueVerbs.Open && (string?)a.Data["id"] == "DS-RECLAMATIONS");
    }

    [Fact]
    public async Task Opening_a_cited_record_shows_its_card_and_back_returns_to_the_answer()
    {
        var conversation = fixture.Host.Conversation(locale: "en-US");
        var answer = Assert.Single(await conversation.SendAsync("who do I contact about delivery time estimation?")).Card();
        var open = answer.ExecuteActions().First(a => a.Verb == CatalogueVerbs.Open);

        var record = await conversation.ExecuteAsync(open.Verb, (JsonObject)open.Data.DeepClone());

        Assert.Contains("GRP-COLIS", record.Card.AllText());
        Assert.Contains("karim.benali@example.org", record.Card.AllText());
        var back = record.Card.ExecuteActions().Single(a => a.Verb == CatalogueVerbs.Back);
        var again = await conversation.ExecuteAsync(back.Verb, (JsonObject)back.Data.DeepClone());
        Assert.Contains("Answer", again.Card.AllText());
        Assert.Contains("[GRP-COLIS]", again.Card.AllText());
    }

    [Fact]
    public async Task A_question_with_an_at_mention_in_a_channel_is_answered_in_the_channel()
    {
        var conversation = new TestConversation(fixture.Host.CreateClient(), TestUser.Bruno, "en-US")
        {
            ConversationType = "channel",
            ConversationId = "19:catalogue@thread.tacv2",
        };

        var reply = Assert.Single(await conversation.SendAsync("<at>GovernanceBot</at> which use cases in production use personal data?"));

        var text = reply.Card().AllText();
        Assert.Contains("2 matching record(s) (in production · personal data)", text);
        Assert.Contains("[GRP-CHURN]", text);
        Assert.Contains("[GRP-FRAUDE]", text);
    }

    [Fact]
    public async Task A_question_nothing_answers_says_so_and_names_the_central_team()
    {
        var card = Assert.Single(await fixture.Host.Conversation().SendAsync("Quel temps fera-t-il demain à Lyon ?")).Card();

        Assert.Contains("aucune fiche", card.AllText());
        Assert.Contains(CatalogueHostFixture.CentralTeam, card.AllText());
        Assert.DoesNotContain(card.ExecuteActions(), a => a.Verb == CatalogueVerbs.Open);
    }

    [Fact]
    public async Task A_lookup_command_without_a_name_explains_itself()
    {
        var reply = Assert.Single(await fixture.Host.Conversation().SendAsync("jeu de données"));

        Assert.Contains("Indiquez un nom", reply["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_use_case_lookup_searches_the_use_cases_only()
    {
        var card = Assert.Single(await fixture.Host.Conversation().SendAsync("cas d'usage tri des candidatures")).Card();

        Assert.Contains("[GRP-RECRUT]", card.AllText());
        Assert.DoesNotContain("[DS-CANDIDATURES]", card.AllText());
    }

    [Fact]
    public async Task An_oversized_question_is_refused_with_the_limit()
    {
        var reply = Assert.Single(await fixture.Host.Conversation().SendAsync(new string('x', CatalogueModule.MaxQuestionLength + 1)));

        Assert.Contains(CatalogueModule.MaxQuestionLength.ToString(System.Globalization.CultureInfo.InvariantCulture), reply["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_forged_open_action_is_refused_without_a_lookup()
    {
        var conversation = fixture.Host.Conversation();

        var badKind = await conversation.ExecuteAsync(CatalogueVerbs.Open, new JsonObject { ["kind"] = "table", ["id"] = "DS-CLIENTS" });
        var unknownId = await conversation.ExecuteAsync(CatalogueVerbs.Open, new JsonObject { ["kind"] = "dataset", ["id"] = "DS-NOPE" });

        Assert.NotNull(badKind.Card);
        Assert.Contains("n'existe plus", unknownId.Message);
    }
}
