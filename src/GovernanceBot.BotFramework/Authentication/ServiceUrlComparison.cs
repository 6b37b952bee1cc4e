namespace GovernanceBot.BotFramework.Authentication;

/// <summary>
/// Whether two service URLs name the same connector: scheme and host compare case-insensitively (as URIs
/// define them), the port must match and the path must match exactly apart from a trailing slash.
/// </summary>
internal static class ServiceUrlComparison
{
    public static bool AreSame(string? left, string? right)
    {
        if (!Uri.TryCreate(left, UriKind.Absolute, out var a) || !Uri.TryCreate(right, UriKind.Absolute, out var b))
            return false;
        return string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
            && a.Port == b.Port
            && string.Equals(a.AbsolutePath.TrimEnd('/'), b.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal)
            && string.Equals(a.Query, b.Query, StringComparison.Ordinal);
    }
}
