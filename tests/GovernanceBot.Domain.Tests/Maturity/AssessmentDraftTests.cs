using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Domain.Tests.Maturity;

public class AssessmentDraftTests
{
    private static readonly QuestionnaireDefinition Definition = ShippedQuestionnaire.Definition;
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private static AssessmentDraft NewDraft() => AssessmentDraft.Start(Definition, Guid.NewGuid(), "retail-banking", "user-1", Monday);

    [Fact]
    public void A_new_draft_starts_on_the_first_question_with_no_answers()
    {
        var draft = NewDraft();

        Assert.Equal(0, draft.CurrentIndex);
        Assert.Equal("lineage", draft.CurrentQuestion(Definition).Id);
        Assert.Empty(draft.Answers);
        Assert.True(draft.IsFor(Definition));
    }

    [Fact]
    public void Answering_records_the_value_and_next_moves_on_each_step_raising_the_revision()
    {
        var draft = NewDraft();

        var answered = draft.Answer(Definition, "partly", Monday.AddMinutes(1));
        var moved = answered.Next(Definition, Monday.AddMinutes(1));

        Assert.Equal("partly", moved.AnswerTo("lineage"));
        Assert.Equal(1, moved.CurrentIndex);
        Assert.Equal(draft.Revision + 2, moved.Revision);
        Assert.Equal(Monday.AddMinutes(1), moved.UpdatedAt);
        Assert.Empty(draft.Answers);
    }

    [Fact]
    public void Back_returns_to_the_previous_question_keeping_its_answer()
    {
        var draft = NewDraft().Answer(Definition, "yes", Monday).Next(Definition, Monday);

        var back = draft.Back(Monday);

        Assert.Equal(0, back.CurrentIndex);
        Assert.Equal("yes", back.AnswerTo("lineage"));
    }

    [Fact]
    public void Back_on_the_first_question_changes_nothing()
    {
        var draft = NewDraft();

        Assert.Same(draft, draft.Back(Monday));
    }

    [Fact]
    public void Next_without_an_answer_is_refused()
    {
        var error = Assert.Throws<MissingAnswerException>(() => NewDraft().Next(Definition, Monday));

        Assert.Equal("lineage", error.QuestionId);
    }

    private static AssessmentDraft DraftAt(string questionId)
    {
        var draft = NewDraft();
        var answers = ShippedQuestionnaire.Best();
        while (draft.CurrentQuestion(Definition).Id != questionId)
            draft = draft.Answer(Definition, answers[draft.CurrentQuestion(Definition).Id], Monday).Next(Definition, Monday);
        return draft;
    }

    [Theory]
    [InlineData("lineage", "perhaps")]
    [InlineData("bi-success", "11")]
    [InlineData("bi-success", "-1")]
    [InlineData("ai-projects", "many")]
    public void An_unacceptable_answer_is_refused_and_nothing_is_recorded(string questionId, string value)
    {
        var draft = DraftAt(questionId);

        Assert.Throws<InvalidAnswerException>(() => draft.Answer(Definition, value, Monday));
        Assert.Null(draft.AnswerTo(questionId));
    }

    [Theory]
    [InlineData("+7", "7")]
    [InlineData("07", "7")]
    [InlineData("-0", "0")]
    public void A_scale_answer_is_recorded_in_its_plain_form(string sent, string stored)
    {
        var draft = DraftAt("bi-success");

        var answered = draft.Answer(Definition, sent, Monday);

        Assert.Equal(stored, answered.AnswerTo("bi-success"));
    }

    [Fact]
    public void A_scale_answer_padded_with_thousands_of_zeros_is_recorded_as_the_number_alone()
    {
        var draft = DraftAt("bi-success");

        var answered = draft.Answer(Definition, new string('0', 20_000) + "7", Monday);

        Assert.Equal("7", answered.AnswerTo("bi-success"));
    }

    [Fact]
    public void A_card_from_an_older_revision_is_stale()
    {
        var draft = NewDraft();
        var cardRevision = draft.Revision;
        var moved = draft.Answer(Definition, "yes", Monday).Next(Definition, Monday);

        var error = Assert.Throws<StaleDraftException>(() => moved.EnsureCurrent(Definition, cardRevision, "lineage"));

        Assert.Equal(cardRevision, error.ExpectedRevision);
        Assert.Equal(moved.Revision, error.ActualRevision);
    }

    [Fact]
    public void A_card_naming_another_question_is_stale_even_at_the_same_revision()
    {
        var draft = NewDraft();

        Assert.Throws<StaleDraftException>(() => draft.EnsureCurrent(Definition, draft.Revision, "etl-tool"));
        draft.EnsureCurrent(Definition, draft.Revision, "lineage");
    }

    [Fact]
    public void Next_on_the_last_question_stays_there_and_the_draft_completes_with_its_score()
    {
        var draft = NewDraft();
        var answers = ShippedQuestionnaire.Best("lineage=partly");
        foreach (var question in Definition.Questions)
            draft = draft.Answer(Definition, answers[question.Id], Monday).Next(Definition, Monday);

        Assert.True(draft.IsOnLastQuestion(Definition));
        Assert.True(draft.IsComplete(Definition));
        var completed = draft.Complete(Definition, "Camille", Monday.AddHours(1));
        Assert.Equal(32, completed.Score.Total);
        Assert.Equal((draft.Id, "retail-banking", "user-1", "Camille"), (completed.Id, completed.HubId, completed.RespondentId, completed.RespondentName));
        Assert.Equal(Monday.AddHours(1), completed.CompletedAt);
    }

    [Fact]
    public void An_incomplete_draft_cannot_be_completed()
    {
        var draft = NewDraft().Answer(Definition, "yes", Monday).Next(Definition, Monday);

        var error = Assert.Throws<MissingAnswerException>(() => draft.Complete(Definition, null, Monday));

        Assert.Equal("etl-tool", error.QuestionId);
    }

    [Fact]
    public void A_draft_begun_with_another_version_is_not_for_this_questionnaire()
    {
        var draft = NewDraft() with { QuestionnaireVersion = 99 };

        Assert.False(draft.IsFor(Definition));
    }
}
