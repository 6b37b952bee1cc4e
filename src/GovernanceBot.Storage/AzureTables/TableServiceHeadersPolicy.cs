using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>Headers every table request carries; runs on each attempt so retried requests get a fresh date.</summary>
internal sealed class TableServiceHeadersPolicy : HttpPipelineSynchronousPolicy
{
    /// <summary>The first version that accepts Entra ID tokens; Azure, Azurite and Cosmos DB for Table all speak it.</summary>
    public const string ServiceVersion = "2019-02-02";

    public override void OnSendingRequest(HttpMessage message)
    {
        var headers = message.Request.Headers;
        headers.SetValue("x-ms-date", DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture));
        headers.SetValue("x-ms-version", ServiceVersion);
        headers.SetValue("DataServiceVersion", "3.0");
        headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
    }
}
