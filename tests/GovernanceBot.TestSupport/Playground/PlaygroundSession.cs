using System.Globalization;
using GovernanceBot.TestSupport.Processes;

namespace GovernanceBot.TestSupport.Playground;

/// <summary>
/// Everything an end-to-end test needs, started in order: the real bot, the Agents Playground
/// pointed at it, and a headless browser on the Playground's UI.
/// </summary>
public sealed class PlaygroundSession : IAsyncDisposable
{
    private PlaygroundSession(BotProcess bot, PlaygroundProcess playground, PlaygroundDriver driver)
    {
        Bot = bot;
        Playground = playground;
        Driver = driver;
    }

    public BotProcess Bot { get; }

    public PlaygroundProcess Playground { get; }

    public PlaygroundDriver Driver { get; }

    public PlaygroundConfiguration Configuration => Playground.Configuration;

    /// <summary>One line with the start-up times, for logs and performance notes.</summary>
    public string Timings => string.Create(CultureInfo.InvariantCulture,
        $"bot cold start {Bot.ColdStart.TotalMilliseconds:0} ms, playground {Playground.Startup.TotalMilliseconds:0} ms, browser + page {Driver.Startup.TotalMilliseconds:0} ms");

    /// <param name="botEnvironment">Bot configuration overrides (<c>Section__Key</c> environment variables).</param>
    public static async Task<PlaygroundSession> StartAsync(
        IReadOnlyDictionary<string, string?>? botEnvironment = null, PlaygroundConfiguration? configuration = null)
    {
        ToolPrerequisites.RequireChromium();
        // The bot first: the Playground waits for its endpoint before serving chats.
        var bot = await BotProcess.StartAsync(botEnvironment);
        PlaygroundProcess? playground = null;
        try
        {
            playground = await PlaygroundProcess.StartAsync(bot.MessagesEndpoint, configuration);
            var driver = await PlaygroundDriver.StartAsync(playground.BaseUrl);
            return new PlaygroundSession(bot, playground, driver);
        }
        catch
        {
            if (playground is not null) await playground.DisposeAsync();
            await bot.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Driver.DisposeAsync();
        await Playground.DisposeAsync();
        await Bot.DisposeAsync();
    }
}
