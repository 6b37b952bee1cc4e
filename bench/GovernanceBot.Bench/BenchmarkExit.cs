namespace GovernanceBot.Bench;

/// <summary>Process exit codes shared by the suites.</summary>
public static class BenchmarkExit
{
    public const int Success = 0;
    public const int Usage = 2;

    /// <summary>The run finished but its measurement failed its own criterion (e.g. memory kept growing).</summary>
    public const int Failure = 1;
}
