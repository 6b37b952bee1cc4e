namespace GovernanceBot.Hosting;

/// <summary>
/// <c>GovernanceBot healthcheck</c>: asks the running bot's <c>/healthz</c> on this machine and exits 0 when it
/// answers 200, 1 otherwise. The container's HEALTHCHECK uses it because the runtime image has no curl.
/// </summary>
public static class HealthProbe
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0].Equals("healthcheck", StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string? ports, TimeSpan timeout)
    {
        var port = (ports ?? "8080").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "8080";
        using var http = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            return 1;
        }
    }
}
