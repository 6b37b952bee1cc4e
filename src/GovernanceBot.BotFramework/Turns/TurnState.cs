namespace GovernanceBot.BotFramework.Turns;

/// <summary>
/// Values computed once per turn and shared by everything that runs in it (the caller's access, their
/// language…), keyed by type so two features cannot clash on a name.
/// </summary>
public sealed class TurnState
{
    private readonly Dictionary<Type, object> _values = [];

    public void Set<T>(T value) where T : class => _values[typeof(T)] = value;

    public T? Find<T>() where T : class => _values.TryGetValue(typeof(T), out var value) ? (T)value : null;

    /// <summary>The value of type <typeparamref name="T"/>, created by <paramref name="create"/> the first time it is asked for.</summary>
    public T GetOrAdd<T>(Func<T> create) where T : class
    {
        if (_values.TryGetValue(typeof(T), out var value)) return (T)value;
        var created = create();
        _values[typeof(T)] = created;
        return created;
    }
}
