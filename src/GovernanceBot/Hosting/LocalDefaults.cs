namespace GovernanceBot.Hosting;

/// <summary>
/// Zero-configuration local run: http://127.0.0.1:3978 unless --urls, ASPNETCORE_URLS or Kestrel
/// endpoints say otherwise, and a readable console: HTTP client chatter and ASP.NET Core's lifetime
/// lines at Warning unless configured (see <see cref="StartupSummary"/>).
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

        // Four ~600-character lines per outbound reply drown everything else; the start-up summary replaces
        // ASP.NET Core's lifetime lines. Either comes back by setting its level in Logging:LogLevel.
        QuietUnlessConfigured(builder, "System.Net.Http.HttpClient");
        QuietUnlessConfigured(builder, "Microsoft.Hosting.Lifetime");
        return builder;
    }

    private static void QuietUnlessConfigured(WebApplicationBuilder builder, string category)
    {
        if (builder.Configuration[$"Logging:LogLevel:{category}"] is null) builder.Logging.AddFilter(category, LogLevel.Warning);
    }
}
