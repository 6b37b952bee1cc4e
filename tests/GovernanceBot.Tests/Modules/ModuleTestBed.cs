using GovernanceBot.BotFramework.Routing;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Hubs;
using GovernanceBot.Identity;
using GovernanceBot.Modules;
using GovernanceBot.Storage;
using GovernanceBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovernanceBot.Tests.Modules;

/// <summary>
/// A bot application holding only the routes a test declares through <see cref="FeatureRoutes"/>, with the
/// real user directory on a temporary SQLite file. "admin-1" is an admin; everyone else holds no role.
/// </summary>
internal sealed class ModuleTestBed : IDisposable
{
    public const string AdminId = "admin-1";

    private readonly string _directory = Directory.CreateTempSubdirectory("governancebot-modules-").FullName;
    private readonly ServiceProvider _services;

    public ModuleTestBed()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITableStorage>(new SqliteTableStorage(Path.Combine(_directory, "bot.db")));
        services.AddSingleton(TimeProvider.System);
        services.Configure<RoleOptions>(options => options.Admins = [AdminId]);
        services.AddSingleton<IHubDirectory, HubDirectory>();
        services.AddSingleton<RoleGrantStore>();
        services.AddSingleton<IUserDirectory, UserDirectory>();
        _services = services.BuildServiceProvider();
    }

    /// <summary>Builds the application from routes declared by <paramref name="map"/> (as the fallback owner when asked).</summary>
    public BotApplication Application(Action<FeatureRoutes> map, bool ownsFallback = false) =>
        new([new DelegateFeature(routes => map(new FeatureRoutes(routes, _services, ownsFallback)))], NullLogger<BotApplication>.Instance);

    public FeatureRoutes Routes(BotRoutes routes, bool ownsFallback) => new(routes, _services, ownsFallback);

    public static TurnContext Message(string text, string userId = "user-1", string conversationType = "personal") =>
        new(NewActivity(ActivityTypes.Message, userId, conversationType, activity => activity.Text = text), connector: null);

    public static TurnContext Click(string verb, System.Text.Json.Nodes.JsonObject data, string userId = "user-1") =>
        new(NewActivity(ActivityTypes.Invoke, userId, "personal", activity =>
        {
            activity.Name = InvokeNames.AdaptiveCardAction;
            activity.Value = new System.Text.Json.Nodes.JsonObject
            {
                ["action"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            };
        }), connector: null);

    private static Activity NewActivity(string type, string userId, string conversationType, Action<Activity> fill)
    {
        var activity = new Activity
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "msteams",
            ServiceUrl = "http://127.0.0.1:9/",
            Locale = "fr-FR",
            From = new ChannelAccount { Id = userId, AadObjectId = userId, Name = "Test" },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = "conversation-" + userId, ConversationType = conversationType },
        };
        fill(activity);
        return activity;
    }

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    private sealed class DelegateFeature(Action<BotRoutes> map) : IBotFeature
    {
        public void MapRoutes(BotRoutes routes) => map(routes);
    }
}
