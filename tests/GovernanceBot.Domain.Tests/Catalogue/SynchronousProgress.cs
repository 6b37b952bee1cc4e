using GovernanceBot.Domain.Catalogue.Importing;

namespace GovernanceBot.Domain.Tests.Catalogue;

/// <summary>IProgress that calls back on the reporting thread (Progress&lt;T&gt; posts to the thread pool).</summary>
public sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => report(value);
}
