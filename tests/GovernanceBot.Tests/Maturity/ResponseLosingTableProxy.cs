using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Maturity;

/// <summary>
/// A loopback HTTP proxy in front of a Table service that passes every request through, except that the first
/// insert into one table reaches the service but its answer is replaced by a 503: the entity is stored, the
/// client believes it failed and retries. That is what a response lost on the network looks like to the bot.
/// </summary>
internal sealed class ResponseLosingTableProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Transfer-Encoding", "Keep-Alive", "Content-Length",
    };

    private readonly WebApplication _app;
    private readonly HttpClient _upstream = new();
    private int _lostResponses;

    private ResponseLosingTableProxy(WebApplication app) => _app = app;

    /// <summary>How many insert answers were replaced by a 503 (at most one).</summary>
    public int LostResponses => _lostResponses;

    public string Endpoint { get; private set; } = "";

    public static async Task<ResponseLosingTableProxy> StartAsync(string upstreamBaseUrl, string tableName)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new ResponseLosingTableProxy(app);
        app.Run(context => proxy.ForwardAsync(context, upstreamBaseUrl.TrimEnd('/'), tableName));
        await app.StartAsync();
        proxy.Endpoint = app.Urls.First().TrimEnd('/');
        return proxy;
    }

    private async Task ForwardAsync(HttpContext context, string upstreamBaseUrl, string tableName)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), upstreamBaseUrl + context.Request.Path + context.Request.QueryString);
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        if (body.Length > 0 || context.Request.ContentLength is not null)
            request.Content = new ByteArrayContent(body.ToArray());
        foreach (var (name, values) in context.Request.Headers)
        {
            if (HopByHopHeaders.Contains(name)) continue;
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()))
                request.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
        }

        using var response = await _upstream.SendAsync(request);
        var isInsert = HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Value!.EndsWith("/" + tableName, StringComparison.Ordinal);
        if (isInsert && response.IsSuccessStatusCode && Interlocked.CompareExchange(ref _lostResponses, 1, 0) == 0)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHopHeaders.Contains(name)) context.Response.Headers[name] = values.ToArray();
        }
        await response.Content.CopyToAsync(context.Response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _upstream.Dispose();
    }
}
