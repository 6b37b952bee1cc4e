namespace GovernanceBot.Demo;

/// <summary>Configuration section "Demo".</summary>
public sealed class DemoDataOptions
{
    public const string Section = "Demo";

    /// <summary>
    /// Seed sample records at start-up. Unset means "only in the zero-configuration local run": embedded
    /// SQLite storage and no MicrosoftAppId. A deployed bot never gets demo data unless asked.
    /// </summary>
    public bool? Enabled { get; set; }
}
