using System.Collections;

namespace GovernanceBot.Tests.Infrastructure;

/// <summary>
/// A collection an exporter may add to from any thread while the test reads it: in-memory telemetry exporters
/// add on the thread that ends a span, and process-wide sources (HTTP clients) end spans for tests running
/// alongside. Read it through <see cref="Snapshot"/>.
/// </summary>
public sealed class LockedCollection<T> : ICollection<T>
{
    private readonly List<T> _items = [];

    public int Count { get { lock (_items) return _items.Count; } }
    public bool IsReadOnly => false;

    public IReadOnlyList<T> Snapshot() { lock (_items) return [.. _items]; }

    public void Add(T item) { lock (_items) _items.Add(item); }
    public void Clear() { lock (_items) _items.Clear(); }
    public bool Contains(T item) { lock (_items) return _items.Contains(item); }
    public void CopyTo(T[] array, int arrayIndex) { lock (_items) _items.CopyTo(array, arrayIndex); }
    public bool Remove(T item) { lock (_items) return _items.Remove(item); }
    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
