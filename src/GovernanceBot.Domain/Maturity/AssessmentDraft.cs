using System.Collections.Immutable;

namespace GovernanceBot.Domain.Maturity;

/// <summary>
/// An assessment in progress: which question the respondent is on and what they answered so far. Every
/// change returns a new draft with <see cref="Revision"/> + 1; cards carry the revision they were drawn
/// from so an action from an older copy is recognised (<see cref="EnsureCurrent"/>) instead of applied.
/// </summary>
public sealed record AssessmentDraft
{
    public required Guid Id { get; init; }
    public required string HubId { get; init; }
    public required string RespondentId { get; init; }
    public required string QuestionnaireId { get; init; }
    public required int QuestionnaireVersion { get; init; }
    public required int CurrentIndex { get; init; }
    public required ImmutableDictionary<string, string> Answers { get; init; }
    public required int Revision { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    public static AssessmentDraft Start(QuestionnaireDefinition definition, Guid id, string hubId, string respondentId, DateTimeOffset now) => new()
    {
        Id = id,
        HubId = hubId,
        RespondentId = respondentId,
        QuestionnaireId = definition.Id,
        QuestionnaireVersion = definition.Version,
        CurrentIndex = 0,
        Answers = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal),
        Revision = 1,
        StartedAt = now,
        UpdatedAt = now,
    };

    /// <summary>False when the questionnaire was replaced by another version since the draft began.</summary>
    public bool IsFor(QuestionnaireDefinition definition) => definition.IsSameAs(QuestionnaireId, QuestionnaireVersion);

    public Question CurrentQuestion(QuestionnaireDefinition definition) => definition.Questions[CurrentIndex];

    public bool IsOnLastQuestion(QuestionnaireDefinition definition) => CurrentIndex == definition.Questions.Count - 1;

    public string? AnswerTo(string questionId) => Answers.GetValueOrDefault(questionId);

    /// <summary>Throws <see cref="StaleDraftException"/> unless the card was drawn from this very revision and question.</summary>
    public void EnsureCurrent(QuestionnaireDefinition definition, int cardRevision, string? cardQuestionId)
    {
        if (cardRevision != Revision || cardQuestionId != CurrentQuestion(definition).Id)
            throw new StaleDraftException(cardRevision, Revision);
    }

    /// <summary>
    /// Records <paramref name="value"/>, in its canonical form, for the current question; throws
    /// <see cref="InvalidAnswerException"/> if it is not accepted.
    /// </summary>
    public AssessmentDraft Answer(QuestionnaireDefinition definition, string value, DateTimeOffset now)
    {
        var question = CurrentQuestion(definition);
        return Changed(now) with { Answers = Answers.SetItem(question.Id, question.Canonical(value)) };
    }

    /// <summary>Moves to the next question; the current one must be answered. Stays put on the last question.</summary>
    public AssessmentDraft Next(QuestionnaireDefinition definition, DateTimeOffset now)
    {
        var question = CurrentQuestion(definition);
        if (!Answers.ContainsKey(question.Id)) throw new MissingAnswerException(question.Id);
        return IsOnLastQuestion(definition) ? this : Changed(now) with { CurrentIndex = CurrentIndex + 1 };
    }

    /// <summary>Moves to the previous question; on the first one nothing changes.</summary>
    public AssessmentDraft Back(DateTimeOffset now) => CurrentIndex == 0 ? this : Changed(now) with { CurrentIndex = CurrentIndex - 1 };

    public bool IsComplete(QuestionnaireDefinition definition) => MaturityScoring.IsComplete(definition, Answers);

    /// <summary>Scores the draft; throws <see cref="MissingAnswerException"/> naming the first unanswered question.</summary>
    public CompletedAssessment Complete(QuestionnaireDefinition definition, string? respondentName, DateTimeOffset now)
    {
        var score = MaturityScoring.ScoreIfComplete(definition, Answers);
        if (score is null)
        {
            var missing = definition.Questions.First(q => !Answers.TryGetValue(q.Id, out var value) || !q.Accepts(value));
            throw new MissingAnswerException(missing.Id);
        }
        return new CompletedAssessment(Id, HubId, RespondentId, respondentName, now, Answers, score);
    }

    private AssessmentDraft Changed(DateTimeOffset now) => this with { Revision = Revision + 1, UpdatedAt = now };
}
