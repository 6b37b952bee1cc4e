using GovernanceBot.Bench.Fuzz;
using GovernanceBot.Bench.Soak;
using GovernanceBot.Bench.Delivery;
using GovernanceBot.Bench.Catalogue;
using GovernanceBot.Bench.Storage;
using GovernanceBot.Bench.SideBySide;
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
            "soak" => await SoakBenchmark.RunAsync(options),
            "fuzz" => await FuzzRun.RunAsync(options),
            "fanout" => await FanOutBenchmark.RunAsync(options),
            "catalogue" => await CatalogueSearchBenchmark.RunAsync(options),
            "compare" => await SideBySideBenchmark.RunAsync(options),
            "ceiling-server" => await CeilingServer.RunAsync(options),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: GovernanceBot.Bench <suite> [options]");
        Console.Error.WriteLine("  storage [--rows N]   point read, upsert and an N-row partition query (default 1000), SQLite vs Azurite");
        Console.Error.WriteLine("  turns [--turns N]    \"help\" turn latency in-process and over loopback HTTP, cold start, throughput (default 1000)");
        Console.Error.WriteLine("  soak [--turns N] [--samples S]   RSS of the bot process over N mixed turns (default 50000), sampled S times");
        Console.Error.WriteLine("  fuzz [--iterations N]            the fuzz test's long run against the bot process and its real log (default 5000)");
        Console.Error.WriteLine("  fanout [--channels N] [--azurite]   one card to N channels (default 500) through a Teams-like throttled connector, 1 and 2 senders");
        Console.Error.WriteLine("  compare [--runs N] [--seconds S] [--smoke]   our help turn and questionnaire side by side with the JS botbuilder and Agents SDK echo bots and an ASP.NET Core ceiling; writes artifacts/bench/report.md");
        Console.Error.WriteLine("  catalogue [--records N]  import, index build and question latency on the real catalogues and on N records (default 100000)");
        return BenchmarkExit.Usage;
    }
}
