using GovernanceBot.BotFramework.Hosting;
using GovernanceBot.Catalogue;
using GovernanceBot.DataMove;
using GovernanceBot.Hosting;
using GovernanceBot.Storage.Configuration;
using GovernanceBot.Telemetry;

if (HealthProbe.Matches(args)) return await HealthProbe.RunAsync(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"), TimeSpan.FromSeconds(4));

var import = CatalogueImportCommand.Parse(args, out var hostArgs);
var eval = import is null ? CatalogueEvalCommand.Parse(args, out hostArgs) : null;
var dataMove = import is null && eval is null ? DataMoveCommand.Parse(args, out hostArgs) : null;
// The slim builder: plain HTTP/1.1 and HTTP/2 Kestrel behind the platform's TLS front end (App Service, Container
// Apps, the Playground on loopback), without the IIS, HTTP/3 and certificate set-up the bot never uses.
var builder = WebApplication.CreateSlimBuilder(hostArgs);

builder.UseLocalDefaults();
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddTableStorage(builder.Configuration);
builder.Services.AddStoredActivityLedger();
builder.Services.AddGovernanceFeatures(builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
builder.AddBotTelemetry();

var app = builder.Build();
if (import is not null) return await import.RunAsync(app.Services, Console.Out, CancellationToken.None);
if (eval is not null) return await eval.RunAsync(app.Services, Console.Out, CancellationToken.None);
if (dataMove is not null) return await dataMove.RunAsync(app.Services, Console.Out, CancellationToken.None);

if (StartupChecks.Failure(app) is { } failure)
{
    // A configuration mistake, not a crash: the list of problems and exit code 1, no stack trace.
    Console.Error.WriteLine(failure);
    return 1;
}

app.UseSafeErrorResponses();
app.UseTurnErrorHandling();
app.MapBotMessages("/api/messages");
app.MapHealthEndpoints();
app.LogSecurityMode();
app.LogStartupSummary();

app.Run();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
