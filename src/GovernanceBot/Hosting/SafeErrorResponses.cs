namespace GovernanceBot.Hosting;

public static class SafeErrorResponses
{
    /// <summary>
    /// A request that fails outside the bot's own error handling gets a bare 500, in every environment:
    /// no stack trace, file path or exception text ever reaches a caller (Development's error page included).
    /// The failure is logged by the exception handler.
    /// </summary>
    public static void UseSafeErrorResponses(this WebApplication app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = _ => Task.CompletedTask });
}
