using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GovernanceBot.TestSupport.Processes;

namespace GovernanceBot.Bench.Soak;

/// <summary>
/// Memory under a long mixed load: the bot as its own process receives N turns (default 50,000) from
/// concurrent simulated users — help, the maturity questionnaire walked question by question through its
/// cards, other card clicks, and channel retries of activities already sent — while its resident memory
/// (RSS, from /proc) is sampled. Prints the curve and whether it plateaus: the last fifth of the run
/// may not sit more than 10 % above the second fifth.
/// </summary>
public static class SoakBenchmark
{
    private const int Workers = 8;
    private const int UsersPerWorker = 25;
    private const string AdminAadObjectId = "00000000-0000-0000-0000-00000000ad00";
    private const double PlateauTolerance = 0.10;

    public static async Task<int> RunAsync(string[] args)
    {
        var turns = IntOption(args, "--turns", 50_000);
        var samples = IntOption(args, "--samples", 50);

        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Demo__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Roles__Admins__0"] = AdminAadObjectId,
        }, name: "soak-bot");
        using var http = new HttpClient { BaseAddress = bot.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        await new SoakUser(http, "admin", AdminAadObjectId).SayAsync("hub ajouter Hub Soak");

        var counter = new TurnCounter();
        var curve = new List<(int Turns, double RssMb, TimeSpan At)>();
        var wall = Stopwatch.StartNew();
        curve.Add((0, RssMegabytes(bot.ProcessId), wall.Elapsed));

        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            var users = Enumerable.Range(0, UsersPerWorker).Select(u => new SoakUser(http, $"w{w}u{u}", Guid.NewGuid().ToString())).ToList();
            var random = new Random(w);
            while (counter.Take(turns))
            {
                var user = users[random.Next(users.Count)];
                await user.NextTurnAsync(random);
            }
        })).ToList();

        var every = Math.Max(1, turns / samples);
        var next = every;
        while (!workers.All(w => w.IsCompleted))
        {
            await Task.WhenAny(Task.WhenAll(workers), Task.Delay(100));
            if (counter.Done >= next || workers.All(w => w.IsCompleted))
            {
                curve.Add((counter.Done, RssMegabytes(bot.ProcessId), wall.Elapsed));
                next += every;
            }
        }
        await Task.WhenAll(workers);

        Print(turns, curve, wall.Elapsed, SoakUser.Retries, SoakUser.Finished);
        return Plateaus(curve) ? BenchmarkExit.Success : BenchmarkExit.Failure;
    }

    private static void Print(int turns, List<(int Turns, double RssMb, TimeSpan At)> curve, TimeSpan elapsed, int retries, int finished)
    {
        var output = Console.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Soak: {turns} mixed turns (help, questionnaire steps, card clicks, {retries} retries; {finished} assessments finished) from {Workers * UsersPerWorker} users on {Workers} connections in {elapsed.TotalSeconds:F0} s ({turns / elapsed.TotalSeconds:F0} turns/s), {Environment.ProcessorCount} cores"));
        output.WriteLine($"{"turns",8}  {"seconds",8}  {"RSS MB",8}");
        foreach (var (done, rss, at) in curve)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done,8}  {at.TotalSeconds,8:F1}  {rss,8:F1}"));
        var (middle, last) = Fifths(curve);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RSS second fifth {middle:F1} MB, last fifth {last:F1} MB ({(last / middle - 1) * 100:+0.0;-0.0} %): {(Plateaus(curve) ? "plateau" : "STILL GROWING")}"));
    }

    private static bool Plateaus(List<(int Turns, double RssMb, TimeSpan At)> curve)
    {
        var (middle, last) = Fifths(curve);
        return last <= middle * (1 + PlateauTolerance);
    }

    /// <summary>Mean RSS over the second and the last fifth of the run (the first fifth is warm-up: JIT, pools, caches filling).</summary>
    private static (double Middle, double Last) Fifths(List<(int Turns, double RssMb, TimeSpan At)> curve)
    {
        var total = curve[^1].Turns;
        double Mean(double from, double to) => curve.Where(p => p.Turns > total * from && p.Turns <= total * to).Select(p => p.RssMb).DefaultIfEmpty(curve[^1].RssMb).Average();
        return (Mean(0.2, 0.4), Mean(0.8, 1.0));
    }

    private static double RssMegabytes(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        throw new InvalidOperationException($"No VmRSS for process {processId}.");
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var n) && n > 0 ? n : fallback;
    }

    /// <summary>Hands out turn numbers until the total is reached.</summary>
    private sealed class TurnCounter
    {
        private int _taken;
        private int _done;

        public int Done => Volatile.Read(ref _done);

        public bool Take(int total)
        {
            if (Interlocked.Increment(ref _taken) > total) return false;
            Interlocked.Increment(ref _done);
            return true;
        }
    }
}
