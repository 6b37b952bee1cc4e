using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>
/// The <c>$batch</c> wire format: one multipart/mixed request holding a single changeset whose parts are
/// plain HTTP requests. The service applies all of them or none; on failure it answers with one part
/// carrying the failing operation's status, its index prefixed to the error message ("2:...").
/// </summary>
internal static partial class EntityGroupTransaction
{
    public static (byte[] Body, string ContentType) Build(string tableUrl, IReadOnlyList<TableTransactionAction> actions)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var changeset = "changeset_" + Guid.NewGuid().ToString("N");
        var body = new StringBuilder();
        body.Append("--").Append(batch).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var entity = action.Entity;
            var entityUrl = tableUrl + AzureTable.EntityPath(entity.PartitionKey, entity.RowKey);
            var (method, url, ifMatch, hasBody) = action.Type switch
            {
                TableTransactionActionType.Add => ("POST", tableUrl, null, true),
                TableTransactionActionType.UpsertMerge => ("MERGE", entityUrl, null, true),
                TableTransactionActionType.UpsertReplace => ("PUT", entityUrl, null, true),
                TableTransactionActionType.UpdateMerge => ("MERGE", entityUrl, action.IfMatch, true),
                TableTransactionActionType.UpdateReplace => ("PUT", entityUrl, action.IfMatch, true),
                TableTransactionActionType.Delete => ("DELETE", entityUrl, action.IfMatch, false),
                _ => throw new StorageValidationException($"Unsupported transaction action {action.Type}."),
            };
            body.Append("--").Append(changeset).Append("\r\n")
                .Append("Content-Type: application/http\r\n")
                .Append("Content-Transfer-Encoding: binary\r\n\r\n")
                .Append(method).Append(' ').Append(url).Append(" HTTP/1.1\r\n")
                .Append("Accept: ").Append(AzureTableStorage.JsonFormat).Append("\r\n")
                .Append("Content-ID: ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
                .Append("DataServiceVersion: 3.0\r\n");
            if (ifMatch is not null) body.Append("If-Match: ").Append(ifMatch).Append("\r\n");
            if (hasBody)
            {
                body.Append("Content-Type: application/json\r\n")
                    .Append("Prefer: return-no-content\r\n\r\n")
                    .Append(Encoding.UTF8.GetString(EdmJson.Write(entity))).Append("\r\n");
            }
            else
            {
                body.Append("\r\n");
            }
        }
        body.Append("--").Append(changeset).Append("--\r\n")
            .Append("--").Append(batch).Append("--\r\n");
        return (Encoding.UTF8.GetBytes(body.ToString()), "multipart/mixed; boundary=" + batch);
    }

    /// <summary>The failing part of a batch response, or null when every operation succeeded.</summary>
    public static (int? Index, TableServiceError Error)? FindFailure(string responseBody)
    {
        foreach (Match status in StatusLine().Matches(responseBody))
        {
            var code = int.Parse(status.Groups[1].Value, CultureInfo.InvariantCulture);
            if (code is >= 200 and < 300) continue;

            var partEnd = responseBody.IndexOf("\r\n--", status.Index, StringComparison.Ordinal);
            var part = partEnd < 0 ? responseBody[status.Index..] : responseBody[status.Index..partEnd];
            var headerEnd = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = headerEnd < 0 ? part : part[..headerEnd];
            var errorCode = ErrorCodeHeader().Match(headers) is { Success: true } h ? h.Groups[1].Value.Trim() : null;
            var json = headerEnd < 0 ? string.Empty : part[(headerEnd + 4)..].Trim();
            var error = TableServiceError.From(code, errorCode, Encoding.UTF8.GetBytes(json));

            int? index = null;
            if (IndexPrefix().Match(error.Message) is { Success: true } prefix)
            {
                index = int.Parse(prefix.Groups[1].Value, CultureInfo.InvariantCulture);
                error = error with { Message = error.Message[prefix.Length..] };
            }
            else if (ContentId().Match(responseBody[..status.Index].Split("--").Last()) is { Success: true } id)
            {
                index = int.Parse(id.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            return (index, error);
        }
        return null;
    }

    [GeneratedRegex(@"^HTTP/1\.1 (\d{3})", RegexOptions.Multiline)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^x-ms-error-code:(.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ErrorCodeHeader();

    [GeneratedRegex(@"^(\d+):")]
    private static partial Regex IndexPrefix();

    [GeneratedRegex(@"^Content-ID:\s*(\d+)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ContentId();
}
