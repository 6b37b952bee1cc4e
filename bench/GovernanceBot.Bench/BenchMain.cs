using GovernanceBot.Bench.Delivery;
using GovernanceBot.Bench.Storage;
using GovernanceBot.Bench.Turns;

namespace GovernanceBot.Bench;

/// <summary>
/// Benchmark suites, one per <c>case</c>: <c>dotnet run -c Release --project bench/GovernanceBot.Bench -- &lt;suite&gt; [options]</c>.
/// (Not a top-level Program: the bot's own Program type is referenced for WebApplicationFactory.)
/// </summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        // `dotnet run` forwards options it does not know, so skip them when looking for the suite.
        var suiteIndex = Array.FindIndex(args, a => !a.StartsWith("--", StringComparison.Ordinal));
        var options = suiteIndex < 0 ? [] : args[(suiteIndex + 1)..];
        return (suiteIndex < 0 ? "" : args[suiteIndex]) switch
        {
            "storage" => await StorageBenchmark.RunAsync(options),
            "turns" => await TurnLatencyBenchmark.RunAsync(options),
            "fanout" => await FanOutBenchmark.RunAsync(options),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: GovernanceBot.Bench <suite> [options]");
        Console.Error.WriteLine("  storage [--rows N]   point read, upsert and an N-row partition query (default 1000), SQLite vs Azurite");
        Console.Error.WriteLine("  turns [--turns N]    \"help\" turn latency in-process and over loopback HTTP, cold start, throughput (default 1000)");
        Console.Error.WriteLine("  fanout [--channels N] [--azurite]   one card to N channels (default 500) through a Teams-like throttled connector, 1 and 2 senders");
        return BenchmarkExit.Usage;
    }
}
