using System.Diagnostics;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Bench.SideBySide;

/// <summary>
/// The bot as it is deployed: <c>dotnet publish</c> in Release for linux-x64 with ReadyToRun, the same
/// options as the Dockerfile and docs/deploy.md, into artifacts/bench/publish.
/// </summary>
public static class PublishedBot
{
    public const string Description = "Release, linux-x64, ReadyToRun publish (as the Dockerfile deploys it)";

    /// <summary>Publishes the bot and returns the path of its GovernanceBot.dll.</summary>
    public static async Task<string> PublishAsync()
    {
        var output = Path.Combine(RepositoryPaths.Root, "artifacts", "bench", "publish");
        var startInfo = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "publish", Path.Combine("src", "GovernanceBot"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
                     "-p:PublishReadyToRun=true", "-o", output, "--nologo", "-v", "q",
                 })
            startInfo.ArgumentList.Add(argument);
        Console.WriteLine($"publishing the bot ({Description}) to {output}");
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(deadline.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish failed (exit {process.ExitCode}): {await standardOutput}{await standardError}");
        return Path.Combine(output, "GovernanceBot.dll");
    }
}
