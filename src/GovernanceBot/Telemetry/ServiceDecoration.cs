namespace GovernanceBot.Telemetry;

/// <summary>Wraps the last registration of a service in a decorator, keeping its lifetime.</summary>
internal static class ServiceDecoration
{
    /// <returns>False when nothing registers <typeparamref name="T"/> (an optional feature is off).</returns>
    public static bool Decorate<T>(this IServiceCollection services, Func<T, IServiceProvider, T> decorate) where T : class
    {
        var index = services.Count - 1;
        while (index >= 0 && services[index].ServiceType != typeof(T)) index--;
        if (index < 0) return false;
        var inner = services[index];
        if (inner.IsKeyedService) return false;
        services[index] = new ServiceDescriptor(typeof(T), provider => decorate(Create<T>(inner, provider), provider), inner.Lifetime);
        return true;
    }

    private static T Create<T>(ServiceDescriptor descriptor, IServiceProvider provider) where T : class =>
        (T)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
