namespace GovernanceBot.Bench;

/// <summary>
/// Benchmark entry point: <c>dotnet run -c Release --project bench/GovernanceBot.Bench -- &lt;suite&gt;</c>.
/// (Not named Program: the bot's own Program type is referenced for WebApplicationFactory.)
/// </summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        var suite = args.FirstOrDefault() ?? "";
        switch (suite)
        {
            case "turns":
                await TurnLatencyBench.RunAsync(IntOption(args, "--turns", 1000));
                return 0;
            default:
                Console.Error.WriteLine("usage: GovernanceBot.Bench turns [--turns N]");
                return 2;
        }
    }

    internal static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }
}
