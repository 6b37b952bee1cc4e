namespace GovernanceBot.Domain.Maturity;

/// <summary>
/// A versioned maturity questionnaire: categories, questions, scoring and brackets. It is data an
/// organisation can adapt (see <see cref="Parse"/>); any change to questions or points must come with a
/// new <see cref="Version"/>, because scores are only compared between assessments of the same version.
/// </summary>
public sealed class QuestionnaireDefinition
{
    internal QuestionnaireDefinition(
        string id,
        int version,
        LocalizedText title,
        IReadOnlyList<QuestionCategory> categories,
        IReadOnlyList<Question> questions,
        IReadOnlyList<ScoreBracket> brackets,
        int maxTriggeredActions)
    {
        Id = id;
        Version = version;
        Title = title;
        Categories = categories;
        Questions = questions;
        Brackets = brackets;
        MaxTriggeredActions = maxTriggeredActions;
        MaxScore = questions.Sum(q => q.MaxPoints);
    }

    public string Id { get; }
    public int Version { get; }
    public LocalizedText Title { get; }
    public IReadOnlyList<QuestionCategory> Categories { get; }
    public IReadOnlyList<Question> Questions { get; }

    /// <summary>Contiguous from 0 to <see cref="MaxScore"/>, lowest first.</summary>
    public IReadOnlyList<ScoreBracket> Brackets { get; }

    /// <summary>How many weak-answer actions a result recommends at most, weakest answers first.</summary>
    public int MaxTriggeredActions { get; }

    public int MaxScore { get; }

    /// <summary>Reads and checks a questionnaire document; throws <see cref="QuestionnaireDefinitionException"/> listing every problem.</summary>
    public static QuestionnaireDefinition Parse(string json) => QuestionnaireDefinitionReader.Read(json);

    public Question Question(string id) =>
        Questions.FirstOrDefault(q => q.Id == id) ?? throw new KeyNotFoundException($"Questionnaire {Id} v{Version} has no question '{id}'.");

    public int IndexOf(string questionId)
    {
        for (var i = 0; i < Questions.Count; i++)
        {
            if (Questions[i].Id == questionId) return i;
        }
        return -1;
    }

    public QuestionCategory Category(string id) =>
        Categories.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"Questionnaire {Id} v{Version} has no category '{id}'.");

    public int CategoryMax(string categoryId) => Questions.Where(q => q.CategoryId == categoryId).Sum(q => q.MaxPoints);

    public ScoreBracket BracketFor(int score) =>
        Brackets.FirstOrDefault(b => b.Contains(score)) ?? throw new ArgumentOutOfRangeException(nameof(score), score, $"Scores run from 0 to {MaxScore}.");

    public ScoreBracket? FindBracket(string bracketId) => Brackets.FirstOrDefault(b => b.Id == bracketId);

    /// <summary>True when scores made with <paramref name="id"/> v<paramref name="version"/> can be compared point for point with this one.</summary>
    public bool IsSameAs(string id, int version) => Id == id && Version == version;
}
