// Benchmark suites, one per `case`: dotnet run -c Release --project bench/GovernanceBot.Bench -- <suite> [options]
using GovernanceBot.Bench;
using GovernanceBot.Bench.Storage;

return args.FirstOrDefault() switch
{
    "storage" => await StorageBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: GovernanceBot.Bench <suite> [options]");
    Console.Error.WriteLine("  storage [--rows N]   point read, upsert and an N-row partition query (default 1000), SQLite vs Azurite");
    return BenchmarkExit.Usage;
}
