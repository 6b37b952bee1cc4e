using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using System.Text.Json;

namespace GovernanceBot.Bench.SideBySide;

/// <summary>
/// The ceiling of the side-by-side run: the least an ASP.NET Core app can do for the same request (read the
/// JSON activity, answer a small JSON body), with logging off. No bot can be faster on this machine.
/// </summary>
public static class CeilingServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var port = args.Length > 0 && int.TryParse(args[0], out var p) ? p : 3977;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            using var activity = await JsonDocument.ParseAsync(http.Request.Body);
            var id = activity.RootElement.TryGetProperty("id", out var value) ? value.GetString() : null;
            await http.Response.WriteAsJsonAsync(new { activities = new[] { new { type = "message", replyToId = id, text = "ok" } } });
        });
        await app.RunAsync();
        return BenchmarkExit.Success;
    }
}
