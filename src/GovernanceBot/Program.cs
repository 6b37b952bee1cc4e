using GovernanceBot.BotFramework.Hosting;
using GovernanceBot.Hosting;
using GovernanceBot.Storage.Configuration;

var builder = WebApplication.CreateBuilder(args);

builder.UseLocalDefaults();
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddTableStorage(builder.Configuration);
builder.Services.AddStoredActivityLedger();
builder.Services.AddGovernanceFeatures(builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);

var app = builder.Build();

app.UseSafeErrorResponses();
app.UseTurnErrorHandling();
app.MapBotMessages("/api/messages");
app.MapHealthEndpoints();
app.LogSecurityMode();

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
