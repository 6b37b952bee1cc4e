using System.Diagnostics;

namespace GovernanceBot.TestSupport.Processes;

/// <summary>Starting and stopping the real processes tests drive, the same way for all of them.</summary>
internal static class ChildProcess
{
    public static Process Start(ProcessStartInfo startInfo, ProcessLog log)
    {
        startInfo.UseShellExecute = false;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {startInfo.FileName}.");
        log.Attach(process);
        return process;
    }

    /// <summary>Kills the process and its children (npx-style launchers spawn some) and waits for the output to drain.</summary>
    public static async Task StopAsync(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing left to stop.
        }
        catch (OperationCanceledException)
        {
            // Refused to die within the delay; the OS reclaims it when the test host exits.
        }
        finally
        {
            process.Dispose();
        }
    }
}
