using System.Globalization;

namespace GovernanceBot.Domain.Maturity;

/// <summary>
/// One question of the questionnaire. Choice kinds carry <see cref="Options"/>; the scale kind carries
/// <see cref="Scale"/>. Answers are stored as text: the option value, or the scale number.
/// </summary>
public sealed class Question
{
    public Question(
        string id,
        string categoryId,
        AnswerKind kind,
        LocalizedText text,
        LocalizedText? help,
        IReadOnlyList<AnswerOption> options,
        AnswerScale? scale,
        WeakAnswerRule? weakAnswer,
        AnswerCondition? zeroWhen)
    {
        Id = id;
        CategoryId = categoryId;
        Kind = kind;
        Text = text;
        Help = help;
        Options = options;
        Scale = scale;
        WeakAnswer = weakAnswer;
        ZeroWhen = zeroWhen;
    }

    public string Id { get; }
    public string CategoryId { get; }
    public AnswerKind Kind { get; }
    public LocalizedText Text { get; }
    public LocalizedText? Help { get; }
    public IReadOnlyList<AnswerOption> Options { get; }
    public AnswerScale? Scale { get; }
    public WeakAnswerRule? WeakAnswer { get; }
    public AnswerCondition? ZeroWhen { get; }

    public bool IsScale => Kind == AnswerKind.Scale;

    /// <summary>The most this question can add to the total.</summary>
    public int MaxPoints => IsScale
        ? Scale!.Bands.Max(b => b.Points)
        : Options.Max(o => o.Points);

    /// <summary>True when <paramref name="value"/> is one of the options, or a whole number within the scale.</summary>
    public bool Accepts(string? value)
    {
        if (value is null) return false;
        if (!IsScale) return Options.Any(o => o.Value == value);
        return TryParseScale(value, out var number) && number >= Scale!.Min && number <= Scale.Max;
    }

    /// <summary>
    /// How an accepted <paramref name="value"/> is stored: the option value as is, the scale number written
    /// plainly ("+07" becomes "7"), so stored answers never carry a sender's padding.
    /// </summary>
    public string Canonical(string value)
    {
        if (!Accepts(value)) throw new InvalidAnswerException(Id, value);
        if (!IsScale) return value;
        TryParseScale(value, out var number);
        return number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Points for an accepted <paramref name="value"/>, ignoring other answers (see <see cref="PointsIn"/>).</summary>
    public int PointsFor(string value)
    {
        if (!Accepts(value)) throw new InvalidAnswerException(Id, value);
        if (!IsScale) return Options.First(o => o.Value == value).Points;
        TryParseScale(value, out var number);
        return Scale!.Bands.First(b => b.Contains(number)).Points;
    }

    /// <summary>Points of this question's answer within a full set of answers (applies <see cref="ZeroWhen"/>).</summary>
    public int PointsIn(IReadOnlyDictionary<string, string> answers)
    {
        if (!answers.TryGetValue(Id, out var value)) return 0;
        if (ZeroWhen is not null && ZeroWhen.HoldsFor(answers)) return 0;
        return PointsFor(value);
    }

    /// <summary>What the user reads for a stored answer: the option label, or the number itself.</summary>
    public string DescribeAnswer(string value, Language language) =>
        IsScale ? value : Options.FirstOrDefault(o => o.Value == value)?.Label.In(language) ?? value;

    private static bool TryParseScale(string value, out int number) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
}
