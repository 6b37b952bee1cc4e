using System.Diagnostics;

namespace GovernanceBot.Tests.Manifest;

/// <summary>Runs a Node script the way an admin or CI would, and captures what it printed.</summary>
internal static class NodeProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Variables the packaging script reads; cleared so the machine's environment cannot leak in.</summary>
    private static readonly string[] PackagingVariables =
    [
        "BOT_ID", "BOT_DOMAIN", "TEAMS_APP_ID", "SSO_APP_ID", "APP_VERSION", "DEVELOPER_NAME",
        "DEVELOPER_WEBSITE_URL", "DEVELOPER_PRIVACY_URL", "DEVELOPER_TERMS_URL", "PACKAGE_OUT",
    ];

    public static async Task<NodeResult> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.GetDirectoryName(script)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var variable in PackagingVariables) start.Environment.Remove(variable);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {Path.GetFileName(script)} did not finish within {Timeout.TotalSeconds} s.");
        }
        return new NodeResult(process.ExitCode, await output, await error);
    }
}
