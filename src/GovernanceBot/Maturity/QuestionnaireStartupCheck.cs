using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Maturity;

/// <summary>Loads the questionnaire while the host starts, so a broken file fails the start rather than the first user.</summary>
internal sealed class QuestionnaireStartupCheck(IServiceProvider services, ILogger<QuestionnaireStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var definition = services.GetRequiredService<QuestionnaireDefinition>();
        logger.LogInformation("Maturity questionnaire {Id} v{Version}: {Questions} questions, maximum {MaxScore}",
            definition.Id, definition.Version, definition.Questions.Count, definition.MaxScore);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Why the questionnaire cannot be used (its source and every problem, one per line), or null when it loads.
    /// Program asks before running the host, so a bad file ends the process with that list and no stack trace.
    /// </summary>
    public static string? Problems(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<QuestionnaireDefinition>();
            return null;
        }
        catch (InvalidOperationException unusable)
        {
            return unusable.Message;
        }
    }
}
