using GovernanceBot.TestSupport.Playground;

namespace GovernanceBot.EndToEnd.Tests.Delivery;

/// <summary>The Playground's user is an admin (by Entra object id, as a deployment would configure it), and the scheduler looks often.</summary>
public sealed class CentralChannelPlaygroundFixture : PlaygroundFixture
{
    protected override IReadOnlyDictionary<string, string?> BotEnvironment(PlaygroundConfiguration configuration) =>
        new Dictionary<string, string?>
        {
            ["Demo__Enabled"] = "true",
            ["Roles__Admins__0"] = configuration.CurrentUser.AadObjectId,
            ["Delivery__SchedulerInterval"] = "00:00:02",
            ["Delivery__PollInterval"] = "00:00:00.500",
        };
}

/// <summary>
/// Proactive delivery seen in the Agents Playground: an admin designates the team channel for the central
/// team with "@GovernanceBot register central", schedules a one-off post to it, and the post arrives in the
/// channel as a new thread started by the bot (POST v3/conversations against the Playground's connector).
/// </summary>
public sealed class CentralChannelInThePlaygroundTests(CentralChannelPlaygroundFixture playground) : IClassFixture<CentralChannelPlaygroundFixture>
{
    private PlaygroundDriver Driver => playground.Driver;

    private string Channel => playground.Session.Configuration.Channel.Name;

    private string Bot => playground.Session.Configuration.BotName;

    [Fact]
    public async Task An_admin_registers_the_channel_and_a_scheduled_post_appears_in_it()
    {
        await Driver.OpenChatAsync(Channel);
        await Driver.SendAsync("register central", mention: Bot);
        await Driver.WaitForTextAsync("This channel now receives");
        await Driver.ScreenshotAsync("e2e-channel-register-central.png");

        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var at = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(2), paris);
        var message = "Central team check " + Guid.NewGuid().ToString("N")[..6];
        await Driver.OpenChatAsync(PlaygroundConfiguration.PersonalChatName);
        await Driver.SendAsync(FormattableString.Invariant($"schedule central on {at:yyyy-MM-dd} at {at:HH:mm}: {message}"));
        await Driver.WaitForTextAsync("Scheduled [");

        await Driver.OpenChatAsync(Channel);
        await Driver.WaitForTextAsync(message, TimeSpan.FromMinutes(4));
        await Driver.ScreenshotAsync("e2e-channel-proactive-post.png");
    }
}
