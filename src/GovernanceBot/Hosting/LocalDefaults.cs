namespace GovernanceBot.Hosting;

/// <summary>
/// Zero-configuration local run: http://127.0.0.1:3978 unless --urls, ASPNETCORE_URLS or Kestrel
/// endpoints say otherwise, and one-line logs that carry the activity and conversation ids.
/// </summary>
public static class LocalDefaults
{
    public const string DefaultUrl = "http://127.0.0.1:3978";

    public static WebApplicationBuilder UseLocalDefaults(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var urlsGiven = !string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (!urlsGiven) builder.WebHost.UseUrls(DefaultUrl);
        return builder;
    }
}
