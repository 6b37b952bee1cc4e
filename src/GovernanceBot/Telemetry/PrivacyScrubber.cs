using System.Diagnostics;
using OpenTelemetry;

namespace GovernanceBot.Telemetry;

/// <summary>
/// Runs before any exporter: outbound URLs keep only their scheme and host (Table Storage paths carry
/// partition keys such as user ids, connector paths carry conversation ids), queries and user tags are
/// dropped, and error descriptions written by libraries (which can quote a request) are reduced to the
/// error status. The bot's own spans only ever carry route names, table names, operations and outcomes.
/// </summary>
public sealed class PrivacyScrubber : BaseProcessor<Activity>
{
    private static readonly string[] UrlTags = ["url.full", "http.url"];
    private static readonly string[] DroppedTags = ["url.query", "http.target", "enduser.id", "user.id", "user.name", "user.email", "exception.message", "db.query.text", "db.statement"];

    public override void OnEnd(Activity data)
    {
        foreach (var key in UrlTags)
        {
            if (data.GetTagItem(key) is string url) data.SetTag(key, HostOnly(url));
        }
        foreach (var key in DroppedTags)
        {
            if (data.GetTagItem(key) is not null) data.SetTag(key, null);
        }
        if (data.Kind != ActivityKind.Server && data.GetTagItem("url.path") is not null) data.SetTag("url.path", null);
        if (data.StatusDescription is not null && !data.Source.Name.StartsWith("GovernanceBot.", StringComparison.Ordinal))
            data.SetStatus(data.Status, null);
    }

    internal static string HostOnly(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) + "/" : "";
}
