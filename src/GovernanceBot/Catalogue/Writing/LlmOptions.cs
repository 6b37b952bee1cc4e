namespace GovernanceBot.Catalogue.Writing;

/// <summary>
/// An OpenAI-compatible chat endpoint (section <c>Catalogue:Llm</c>): Azure OpenAI's
/// <c>https://&lt;resource&gt;.openai.azure.com/openai/v1/</c>, OpenAI, or an on-premises server.
/// Leave <see cref="Endpoint"/> empty to answer from search only.
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "Catalogue:Llm";

    public string Endpoint { get; set; } = "";
    public string ApiKey { get; set; } = "";
    public string Model { get; set; } = "";

    /// <summary>Without an API key: authenticate to Azure OpenAI with Entra ID (managed identity, or the developer's sign-in locally).</summary>
    public bool UseAzureIdentity { get; set; }

    /// <summary>Client id of the user-assigned managed identity to use with <see cref="UseAzureIdentity"/>.</summary>
    public string ManagedIdentityClientId { get; set; } = "";

    /// <summary>After this the search answer is sent instead.</summary>
    public double TimeoutSeconds { get; set; } = 8;

    /// <summary>Records given to the model at most; fewer when the answer cites fewer.</summary>
    public int MaxRecords { get; set; } = 5;

    public bool IsConfigured => Endpoint.Length > 0;
}
