namespace GovernanceBot.Bench;

/// <summary>Process exit codes shared by the suites.</summary>
public static class BenchmarkExit
{
    public const int Success = 0;
    public const int Usage = 2;

    /// <summary>A suite ran but its result missed its target (e.g. a duplicate or an undelivered message).</summary>
    public const int Failure = 1;
}
