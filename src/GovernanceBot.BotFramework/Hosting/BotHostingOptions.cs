namespace GovernanceBot.BotFramework.Hosting;

/// <summary>Limits of the messaging endpoint (configuration section "Bot").</summary>
public sealed class BotHostingOptions
{
    public const string Section = "Bot";

    /// <summary>Largest accepted request body; Teams activities, even with big card payloads, stay well below it.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;
}
