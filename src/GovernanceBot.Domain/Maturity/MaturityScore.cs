namespace GovernanceBot.Domain.Maturity;

/// <summary>
/// The score of a complete assessment, with the questionnaire id and version it was computed with so it
/// stays readable and comparable after the questionnaire evolves.
/// </summary>
public sealed record MaturityScore(
    string QuestionnaireId,
    int QuestionnaireVersion,
    int Total,
    int MaxScore,
    string BracketId,
    IReadOnlyList<CategoryScore> Categories)
{
    public int Percentage => PercentOf(Total, MaxScore);

    public CategoryScore? Category(string categoryId) => Categories.FirstOrDefault(c => c.CategoryId == categoryId);

    /// <summary>Whole percent, halves rounded up, so 33/33 is 100 and 0 is 0.</summary>
    public static int PercentOf(int points, int max) =>
        max <= 0 ? 0 : (int)Math.Round(100.0 * points / max, MidpointRounding.AwayFromZero);
}
