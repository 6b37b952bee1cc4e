namespace GovernanceBot.Hosting.StartUp;

/// <summary>Whether the start-up tasks have run: read by /readyz, awaited by whoever needs a warm instance.</summary>
public sealed class StartupReadiness
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when every start-up task has run (a failed one included: it was logged).</summary>
    public Task Completion => _done.Task;

    public bool IsComplete => _done.Task.IsCompleted;

    /// <summary>The tasks that failed, by type name; empty when all went well.</summary>
    public IReadOnlyList<string> Failures { get; private set; } = [];

    internal void Complete(IReadOnlyList<string> failures)
    {
        Failures = failures;
        _done.TrySetResult();
    }
}
