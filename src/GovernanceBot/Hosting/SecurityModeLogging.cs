using GovernanceBot.BotFramework.Authentication;

namespace GovernanceBot.Hosting;

public static class SecurityModeLogging
{
    /// <summary>Says at start-up whether inbound requests are authenticated, so an open bot never goes unnoticed.</summary>
    public static void LogSecurityMode(this WebApplication app)
    {
        var identity = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotIdentityOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("GovernanceBot.Security");
        if (string.IsNullOrWhiteSpace(identity.MicrosoftAppId))
            logger.LogWarning("No MicrosoftAppId configured: inbound requests are NOT authenticated and are accepted from loopback addresses only (local development mode).");
        else
            logger.LogInformation("Inbound requests are authenticated for app {AppId} ({AppType}).", identity.MicrosoftAppId, identity.MicrosoftAppType);
    }
}
