namespace GovernanceBot.Domain.Maturity;

/// <summary>How a question is answered; decides the input the card shows and how a value is checked.</summary>
public enum AnswerKind
{
    /// <summary>Yes / partly (or in progress) / no.</summary>
    YesPartlyNo,

    /// <summary>A whole number on a bounded scale (e.g. 0–10), scored by bands.</summary>
    Scale,

    /// <summary>One of a few duration buckets (none, under a year, …).</summary>
    Duration,

    /// <summary>One of a few count buckets (0, 1–2, …).</summary>
    Count,
}
