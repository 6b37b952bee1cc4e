using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Tests.Catalogue.Browse;

namespace GovernanceBot.Domain.Tests.Catalogue;

/// <summary>
/// Follow-up questions in French and English: a question that leans on the previous one is completed
/// from it; a question that stands on its own is answered as asked, never mixed with the one before.
/// </summary>
public sealed class FollowUpResolverTests(SmallCatalogue catalogue) : IClassFixture<SmallCatalogue>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly CatalogueAnswerer _answerer = new(catalogue.Index, new CatalogueAnswerOptions { CentralTeamContact = "central@example.org" });

    private ConversationTurn Turn(string question, Language language)
    {
        var answer = _answerer.Answer(catalogue.Interpreter.Interpret(question, catalogue.Snapshot, language), catalogue.Snapshot);
        return ConversationTurn.Of(answer, Now);
    }

    private FollowUp Resolve(string question, ConversationTurn previous, Language language) =>
        FollowUpResolver.Resolve(catalogue.Interpreter.Interpret(question, catalogue.Snapshot, language), [previous], catalogue.Snapshot);

    private CatalogueAnswer Answer(FollowUp followUp) => _answerer.Answer(followUp.Question, catalogue.Snapshot);

    /// <summary>Questions that lean on "who owns the claims history dataset?" / the same in French.</summary>
    public static TheoryData<string, Language, QuestionIntent, string> AboutThePreviousRecord() => new()
    {
        { "et qui en est le contact ?", Language.French, QuestionIntent.Contact, "DS-CLAIMS" },
        { "Qui s'en occupe ?", Language.French, QuestionIntent.Owner, "DS-CLAIMS" },
        { "qui gère ce jeu de données ?", Language.French, QuestionIntent.Owner, "DS-CLAIMS" },
        { "who owns it?", Language.English, QuestionIntent.Owner, "DS-CLAIMS" },
        { "Who should I contact about it?", Language.English, QuestionIntent.Contact, "DS-CLAIMS" },
        { "and its steward?", Language.English, QuestionIntent.Owner, "DS-CLAIMS" },
    };

    [Theory]
    [MemberData(nameof(AboutThePreviousRecord))]
    public void A_pronoun_points_at_the_previous_answers_records(string question, Language language, QuestionIntent intent, string expected)
    {
        var previous = Turn(language == Language.French ? "Qui possède l'historique des claims ?" : "Who owns the claims history?", language);

        var followUp = Resolve(question, previous, language);

        Assert.True(followUp.UsesContext, question);
        Assert.Equal(intent, followUp.Question.Intent);
        Assert.Equal([RecordRef.Dataset(expected)], followUp.Question.Among);
        Assert.Equal(expected, Answer(followUp).Records[0].Ref.Id);
    }

    /// <summary>Ellipses after "which use cases use personal data?": the subject and filters carry over, the new part replaces its kind.</summary>
    public static TheoryData<string, Language, string[]> Ellipses() => new()
    {
        { "and in production?", Language.English, ["UC-FRAUD"] },
        { "et en production ?", Language.French, ["UC-FRAUD"] },
        { "what about HHS?", Language.English, ["UC-XRAY"] },
        { "et pour HHS ?", Language.French, ["UC-XRAY"] },
    };

    [Theory]
    [MemberData(nameof(Ellipses))]
    public void An_ellipsis_keeps_the_previous_question_and_changes_one_filter(string question, Language language, string[] expected)
    {
        var previous = Turn(language == Language.French ? "quels cas d'usage utilisent des données personnelles ?" : "which use cases use personal data?", language);

        var followUp = Resolve(question, previous, language);
        var answer = Answer(followUp);

        Assert.True(followUp.UsesContext, question);
        Assert.Null(followUp.Question.Among);
        Assert.True(followUp.Question.PersonalData);
        Assert.Equal(expected, answer.Records.Select(r => r.Ref.Id).Order());
    }

    [Fact]
    public void The_organisation_of_the_previous_question_is_replaced_not_added()
    {
        var previous = Turn("use cases at DHS in production", Language.English);

        var followUp = Resolve("and for NASA?", previous, Language.English);

        Assert.Equal("NASA", followUp.Question.Organisation!.Value);
        Assert.Equal(UseCaseStatus.InProduction, followUp.Question.Status);
        Assert.Equal(["UC-SMOKE"], Answer(followUp).Records.Select(r => r.Ref.Id));
    }

    [Fact]
    public void And_with_a_new_subject_asks_the_previous_question_about_it()
    {
        var previous = Turn("who owns the claims history?", Language.English);

        var followUp = Resolve("and the air quality readings?", previous, Language.English);

        Assert.True(followUp.UsesContext);
        Assert.Equal(QuestionIntent.Owner, followUp.Question.Intent);
        Assert.Null(followUp.Question.Among);
        Assert.Equal("DS-AIR", Answer(followUp).Records[0].Ref.Id);
    }

    [Fact]
    public void A_bare_count_counts_what_the_previous_question_listed()
    {
        var previous = Turn("quels cas d'usage sont en production ?", Language.French);

        var followUp = Resolve("combien ?", previous, Language.French);

        Assert.Equal(QuestionIntent.Count, followUp.Question.Intent);
        Assert.Equal(2, Answer(followUp).Total);
    }

    /// <summary>Complete questions after "who owns the claims history?": answered exactly as if asked first.</summary>
    public static TheoryData<string, Language> StandAlone() => new()
    {
        { "Who owns the air quality readings?", Language.English },
        { "which use cases are in production at NASA that use personal data?", Language.English },
        { "quels cas d'usage sont en production ?", Language.French },
        { "Quels cas d'usage de la NASA sont en production ?", Language.French },
        { "Qui contacter pour le triage des radios du thorax ?", Language.French },
        { "how many datasets contain personal data?", Language.English },
        { "merci", Language.French },
        { "thanks", Language.English },
    };

    [Theory]
    [MemberData(nameof(StandAlone))]
    public void A_complete_question_is_not_polluted_by_the_previous_one(string question, Language language)
    {
        var previous = Turn("who owns the claims history?", Language.English);
        var alone = catalogue.Interpreter.Interpret(question, catalogue.Snapshot, language);

        var followUp = Resolve(question, previous, language);

        Assert.False(followUp.UsesContext, question);
        Assert.Equal(alone.Subject.Select(g => g.Word), followUp.Question.Subject.Select(g => g.Word));
        Assert.Equal(alone.Organisation, followUp.Question.Organisation);
        Assert.Equal(alone.Status, followUp.Question.Status);
        Assert.Equal(alone.Intent, followUp.Question.Intent);
        Assert.Null(followUp.Question.Among);
    }

    [Fact]
    public void Without_history_a_question_is_answered_as_asked()
    {
        var question = catalogue.Interpreter.Interpret("who owns it?", catalogue.Snapshot, Language.English);

        var followUp = FollowUpResolver.Resolve(question, [], catalogue.Snapshot);

        Assert.False(followUp.UsesContext);
        Assert.Same(question, followUp.Question);
    }

    [Theory]
    [InlineData("qui en est le propriétaire", true)]
    [InlineData("quels cas d'usage en production", false)]
    [InlineData("y a-t-il des cas d'usage en santé", false)]
    [InlineData("who maintains that", true)]
    [InlineData("fraud detection", false)]
    [InlineData("celui-ci est-il en production", true)]
    public void Pronouns_are_told_from_prepositions(string text, bool refers)
    {
        Assert.Equal(refers, FollowUpResolver.Refers(GovernanceBot.Domain.Catalogue.Search.TextFolding.Words(text)));
    }

    [Fact]
    public void The_context_keeps_the_last_turns_and_forgets_them_after_the_expiry()
    {
        var expiry = TimeSpan.FromMinutes(30);
        var context = ConversationContext.Empty;
        for (var i = 0; i < 5; i++)
        {
            context = context.With(new ConversationTurn { Question = $"q{i}", At = Now.AddMinutes(i) }, keep: 3, expiry);
        }

        Assert.Equal(["q4", "q3", "q2"], context.Recent(Now.AddMinutes(5), expiry).Select(t => t.Question));
        Assert.Equal(["q4"], context.Recent(Now.AddMinutes(4 + 30), expiry).Select(t => t.Question));
        Assert.Empty(context.Recent(Now.AddHours(1), expiry));
    }
}
