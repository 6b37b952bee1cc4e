using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>
/// Signs requests with the account key (SharedKeyLite for the Table service): HMAC-SHA256 of the date and the
/// canonical resource "/account/path". With path-style endpoints (Azurite) the path already starts with the
/// account name, so it appears twice, exactly as the service computes it.
/// </summary>
internal sealed class SharedKeyLitePolicy(string accountName, byte[] accountKey) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.TryGetValue("x-ms-date", out var date);
        var uri = request.Uri.ToUri();
        var resource = "/" + accountName + uri.AbsolutePath;
        var comp = System.Web.HttpUtility.ParseQueryString(uri.Query)["comp"];
        if (comp is not null) resource += "?comp=" + comp;
        var signature = Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(date + "\n" + resource)));
        request.Headers.SetValue("Authorization", $"SharedKeyLite {accountName}:{signature}");
    }
}
