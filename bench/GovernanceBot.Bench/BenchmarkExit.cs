namespace GovernanceBot.Bench;

/// <summary>Process exit codes shared by the suites.</summary>
public static class BenchmarkExit
{
    public const int Success = 0;
    public const int Usage = 2;
}
