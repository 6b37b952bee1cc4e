using System.Collections.Concurrent;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using GovernanceBot.Storage.Configuration;
using GovernanceBot.Storage.Validation;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>
/// Azure Table Storage (or Cosmos DB for Table, or Azurite) over the REST API, through an Azure.Core pipeline
/// that retries transient failures. Authenticates with the account key (SharedKeyLite) or an Entra ID token.
/// </summary>
public sealed class AzureTableStorage : ITableStorage
{
    /// <summary>Minimal metadata: the service annotates the types plain JSON cannot carry, nothing more.</summary>
    internal const string JsonFormat = "application/json;odata=minimalmetadata";

    /// <summary>Scope of Entra ID tokens for Azure Storage.</summary>
    public const string StorageScope = "https://storage.azure.com/.default";

    private readonly HttpPipeline _pipeline;
    private readonly string? _tablePrefix;
    private readonly ConcurrentDictionary<string, bool> _existingTables = new(StringComparer.OrdinalIgnoreCase);

    private AzureTableStorage(Uri endpoint, HttpPipelinePolicy authentication, string? tablePrefix, StorageRetryOptions? retry)
    {
        TableNames.ValidatePrefix(tablePrefix);
        Endpoint = endpoint.AbsoluteUri.TrimEnd('/');
        _tablePrefix = tablePrefix;
        _pipeline = HttpPipelineBuilder.Build(
            new AzureTablesClientOptions(retry ?? new StorageRetryOptions()),
            perCallPolicies: [],
            perRetryPolicies: [new TableServiceHeadersPolicy(), authentication],
            responseClassifier: new ResponseClassifier());
    }

    /// <summary>Table service base URL, e.g. https://account.table.core.windows.net or http://127.0.0.1:10002/devstoreaccount1.</summary>
    public string Endpoint { get; }

    /// <summary>Account-key access: <c>UseDevelopmentStorage=true</c>, or AccountName/AccountKey with an optional TableEndpoint.</summary>
    public static AzureTableStorage FromConnectionString(string connectionString, string? tablePrefix = null, StorageRetryOptions? retry = null)
    {
        var parsed = StorageConnectionString.Parse(connectionString);
        return new AzureTableStorage(parsed.TableEndpoint, new SharedKeyLitePolicy(parsed.AccountName, parsed.AccountKey), tablePrefix, retry);
    }

    /// <summary>Entra ID access (managed identity, developer sign-in...) to the table endpoint of an account.</summary>
    public static AzureTableStorage FromAccountUrl(Uri accountUrl, TokenCredential credential, string? tablePrefix = null, StorageRetryOptions? retry = null)
    {
        ArgumentNullException.ThrowIfNull(accountUrl);
        ArgumentNullException.ThrowIfNull(credential);
        return new AzureTableStorage(accountUrl, new BearerTokenAuthenticationPolicy(credential, StorageScope), tablePrefix, retry);
    }

    public ITable GetTable(string tableName) => new AzureTable(this, tableName, TableNames.Physical(_tablePrefix, tableName));

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        var status = await SendAsync(RequestMethod.Get, "/Tables?$top=1", null, null, r => r.Status, "the table list", cancellationToken);
        if (status != 200)
        {
            throw new StorageUnavailableException($"Table service at {Endpoint} answered HTTP {status} to a health check.");
        }
    }

    /// <summary>Creates the table the first time this process touches it; an existing table is fine.</summary>
    internal async Task EnsureTableAsync(string physicalName, CancellationToken cancellationToken)
    {
        if (_existingTables.ContainsKey(physicalName)) return;
        var body = System.Text.Encoding.UTF8.GetBytes($$"""{"TableName":"{{physicalName}}"}""");
        var error = await SendAsync(RequestMethod.Post, "/Tables", body, request => request.Headers.SetValue("Prefer", "return-no-content"),
            response => response.Status is 201 or 204 ? null : ReadError(response), $"creating table '{physicalName}'", cancellationToken);
        if (error is not null && error.Code != "TableAlreadyExists") throw error.ToException($"creating table '{physicalName}'");
        _existingTables[physicalName] = true;
    }

    /// <summary>
    /// Sends one request (retried by the pipeline) and projects the response before it is released. Transport
    /// failures and statuses still transient after the retries become <see cref="StorageUnavailableException"/>.
    /// </summary>
    internal async Task<T> SendAsync<T>(
        RequestMethod method, string pathAndQuery, byte[]? body, Action<Request>? configure,
        Func<Response, T> read, string what, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(new Uri(Endpoint + pathAndQuery));
        request.Headers.SetValue("Accept", JsonFormat);
        if (body is not null)
        {
            request.Headers.SetValue("Content-Type", "application/json");
            request.Content = RequestContent.Create(body);
        }
        configure?.Invoke(request);
        try
        {
            await _pipeline.SendAsync(message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or OperationCanceledException or IOException or HttpRequestException)
        {
            throw new StorageUnavailableException($"Table service at {Endpoint} is unreachable ({what}): {e.Message}", e);
        }
        var response = message.Response;
        if (response.Status is 408 or 429 or >= 500) throw ReadError(response).ToException(what);
        return read(response);
    }

    internal static TableServiceError ReadError(Response response) =>
        TableServiceError.From(response.Status, response.Headers.TryGetValue("x-ms-error-code", out var code) ? code : null, response.Content.ToMemory().Span);
}
