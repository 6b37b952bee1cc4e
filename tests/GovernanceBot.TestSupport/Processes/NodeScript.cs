using System.Diagnostics;

namespace GovernanceBot.TestSupport.Processes;

/// <summary>Runs Node scripts (the tools of tests/tools, or the repository's own scripts) and captures what they print.</summary>
public static class NodeScript
{
    /// <summary>What a finished script printed, and how it exited.</summary>
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout: {StandardOutput}\nstderr: {StandardError}";
    }

    /// <summary>A start description for node running <paramref name="script"/> (a path, or a file of tests/tools) with its arguments.</summary>
    public static ProcessStartInfo StartInfo(string script, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var path = Path.IsPathRooted(script) ? script : Path.Combine(RepositoryPaths.Tools, script);
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Tools,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(path);
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        return startInfo;
    }

    /// <summary>Runs a script to its end, feeding <paramref name="standardInput"/>; kills it after <paramref name="timeout"/>.</summary>
    public static async Task<Result> RunAsync(ProcessStartInfo startInfo, string? standardInput, TimeSpan timeout)
    {
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (standardInput is not null) await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {Path.GetFileName(startInfo.ArgumentList[0])} did not finish within {timeout.TotalSeconds:0} s.");
        }
        return new Result(process.ExitCode, await output, await errors);
    }

    /// <summary>Runs a tool of tests/tools with a JSON document on stdin and returns its stdout.</summary>
    /// <param name="acceptedExitCodes">Exit codes that carry an answer (others are failures); default: 0.</param>
    public static async Task<string> RunAsync(
        string script, string standardInput, TimeSpan timeout, IReadOnlySet<int>? acceptedExitCodes = null)
    {
        ToolPrerequisites.RequireNodeTools();
        var result = await RunAsync(StartInfo(script, []), standardInput, timeout);
        if (!(acceptedExitCodes ?? new HashSet<int> { 0 }).Contains(result.ExitCode))
            throw new InvalidOperationException($"node {script} failed with exit code {result.ExitCode}:\n{result.StandardError}");
        return result.StandardOutput;
    }
}
