namespace GovernanceBot.Hosting.StartUp;

/// <summary>
/// Work a fresh instance does once, after it has started answering (seed the demo data, build the catalogue
/// index…). Tasks run one after the other in <see cref="Order"/>; /readyz answers 503 "Starting" until the last is done.
/// </summary>
public interface IStartupTask
{
    int Order { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
