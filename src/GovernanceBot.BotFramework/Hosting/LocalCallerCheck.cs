using System.Net;
using GovernanceBot.BotFramework.Logging;
using Microsoft.AspNetCore.Http;

namespace GovernanceBot.BotFramework.Hosting;

/// <summary>
/// Local mode (no app id) lets unauthenticated callers in only when they run on this machine. A loopback
/// socket is not enough: a dev tunnel or reverse proxy on the same host connects from loopback on behalf
/// of anyone on the internet. Such intermediaries announce themselves with forwarding headers or by
/// passing on the public host name, so either means the caller is not local.
/// </summary>
internal static class LocalCallerCheck
{
    private static readonly string[] ForwardingHeaders = ["Forwarded", "X-Real-IP", "X-Client-IP", "True-Client-IP", "Via"];
    private static readonly string[] ForwardingPrefixes = ["X-Forwarded-", "X-Original-"];

    /// <returns>null for a direct local caller, else what shows the request was relayed.</returns>
    public static string? RelayEvidence(HttpRequest request)
    {
        foreach (var header in request.Headers.Keys)
        {
            if (ForwardingHeaders.Contains(header, StringComparer.OrdinalIgnoreCase)
                || ForwardingPrefixes.Any(prefix => header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
                return $"it carries the forwarding header {LogText.Safe(header)}";
        }

        var host = request.Host.HasValue ? request.Host.Host : "";
        return IsLoopbackHost(host) ? null : $"it is addressed to the host '{LogText.Safe(host)}', not to a loopback address";
    }

    private static bool IsLoopbackHost(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
