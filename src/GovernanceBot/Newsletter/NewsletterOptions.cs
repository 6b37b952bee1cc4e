namespace GovernanceBot.Newsletter;

/// <summary>Configuration section <c>Newsletter</c>.</summary>
public sealed class NewsletterOptions
{
    public const string Section = "Newsletter";

    /// <summary>Distinct comms approvers an issue needs before it may be scheduled: 1 (default) or 2.</summary>
    public int RequiredApprovals { get; set; } = 1;

    /// <summary>The time zone send times are chosen and shown in (IANA id).</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>How long a polish may take before the bot gives up and says so.</summary>
    public int PolishTimeoutSeconds { get; set; } = 30;
}
