using System.Reflection;

namespace GovernanceBot.Telemetry;

/// <summary>The running build's version (informational version without the source-link hash suffix kept short).</summary>
public static class BotVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var version = typeof(BotVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        // "1.2.0+4f3a9c1e…": keep the commit's first 7 characters, enough to find it.
        return plus < 0 || version.Length <= plus + 8 ? version : version[..(plus + 8)];
    }
}
