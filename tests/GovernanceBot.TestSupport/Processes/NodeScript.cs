using System.Diagnostics;

namespace GovernanceBot.TestSupport.Processes;

/// <summary>Runs one of the Node scripts of tests/tools with a JSON document on stdin and returns its stdout.</summary>
public static class NodeScript
{
    /// <param name="acceptedExitCodes">Exit codes that carry an answer (others are failures); default: 0.</param>
    public static async Task<string> RunAsync(
        string script, string standardInput, TimeSpan timeout, IReadOnlySet<int>? acceptedExitCodes = null)
    {
        ToolPrerequisites.RequireNodeTools();
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Tools,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(RepositoryPaths.Tools, script) },
        };
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout.TotalSeconds:0} s.");
        }
        if (!(acceptedExitCodes ?? new HashSet<int> { 0 }).Contains(process.ExitCode))
        {
            throw new InvalidOperationException($"node {script} failed with exit code {process.ExitCode}:\n{await errors}");
        }
        return await output;
    }
}
