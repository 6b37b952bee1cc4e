namespace GovernanceBot.Catalogue.Questions;

/// <summary>How much of a conversation follow-up questions remember (section <c>Catalogue:Context</c>).</summary>
public sealed class ConversationContextOptions
{
    public const string Section = "Catalogue:Context";

    /// <summary>Questions remembered per conversation.</summary>
    public int Turns { get; set; } = 3;

    /// <summary>After this long without a question, the next one starts afresh.</summary>
    public int ExpiryMinutes { get; set; } = 30;

    public TimeSpan Expiry => TimeSpan.FromMinutes(Math.Max(1, ExpiryMinutes));
}
