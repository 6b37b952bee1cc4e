using System.Globalization;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Routing;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Identity;
using GovernanceBot.Modules;

namespace GovernanceBot.Tests.Modules;

/// <summary>Guards declared on routes run before the handler, against the stored identity, and typed card data is read once.</summary>
public sealed class FeatureRoutesTests : IDisposable
{
    private static readonly BotCommand Secret = new("secret", "secret");
    private readonly ModuleTestBed _bed = new();
    private int _handlerRuns;

    [Fact]
    public async Task A_personal_only_route_in_a_channel_gets_the_standard_refusal_and_its_handler_never_runs()
    {
        var app = _bed.Application(routes => routes.OnCommand(Secret, CountAsync, RouteGuard.PersonalChat()));
        var turn = ModuleTestBed.Message("secret", conversationType: "channel");

        await app.RunAsync(turn, CancellationToken.None);

        Assert.Equal(0, _handlerRuns);
        Assert.Equal("Cela se fait en conversation privée : ouvrez une conversation avec le bot et recommencez-y. Rien n'a été modifié.", Assert.Single(turn.SentActivities).Text);
    }

    [Fact]
    public async Task A_permission_route_refuses_a_caller_without_the_role_naming_who_may_and_lets_an_admin_through()
    {
        var app = _bed.Application(routes => routes.OnCommand(Secret, CountAsync, RouteGuard.Permitted(Permission.ManageHubs)));

        var refused = ModuleTestBed.Message("secret", userId: "someone");
        await app.RunAsync(refused, CancellationToken.None);
        Assert.Equal(0, _handlerRuns);
        Assert.StartsWith("Cette action est réservée aux rôles suivants : administrateurs.", Assert.Single(refused.SentActivities).Text);

        await app.RunAsync(ModuleTestBed.Message("secret", userId: ModuleTestBed.AdminId), CancellationToken.None);
        Assert.Equal(1, _handlerRuns);
    }

    [Fact]
    public async Task A_permission_refusal_may_be_the_features_own_text()
    {
        var app = _bed.Application(routes => routes.OnCommand(Secret, CountAsync, RouteGuard.Permitted(Permission.ManageHubs, GovernanceBot.Hubs.HubsTexts.AddRefused)));
        var turn = ModuleTestBed.Message("secret", userId: "someone");

        await app.RunAsync(turn, CancellationToken.None);

        Assert.Equal(GovernanceBot.Hubs.HubsTexts.AddRefused.In(Language.French), Assert.Single(turn.SentActivities).Text);
    }

    [Fact]
    public async Task The_callers_access_is_read_once_per_turn_and_shared_by_guard_and_handler()
    {
        Task<UserAccess>? first = null, second = null;
        var app = _bed.Application(routes => routes.OnCommand(Secret, (turn, cancellationToken) =>
        {
            first = turn.GetUserAsync(cancellationToken);
            second = turn.GetUserAsync(cancellationToken);
            return Task.CompletedTask;
        }, RouteGuard.Permitted(Permission.ManageHubs)));

        await app.RunAsync(ModuleTestBed.Message("secret", userId: ModuleTestBed.AdminId), CancellationToken.None);

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.True((await first).Has(Role.Admin));
    }

    [Fact]
    public async Task Typed_card_data_reaches_the_handler_parsed()
    {
        var received = 0;
        var app = _bed.Application(routes => routes.OnCardAction<RatingData>("test.rate", (_, data, _) => { received = data.Rating; return Task.CompletedTask; }));

        await app.RunAsync(ModuleTestBed.Click("test.rate", new JsonObject { ["rating"] = "4" }), CancellationToken.None);

        Assert.Equal(4, received);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("quatre")]
    [InlineData("99")]
    public async Task Missing_or_malformed_card_data_gets_an_error_card_with_the_reason_and_never_reaches_the_handler(string? rating)
    {
        var app = _bed.Application(routes => routes.OnCardAction<RatingData>("test.rate", (_, _, _) => CountAsync(null!, default)));
        var data = rating is null ? new JsonObject() : new JsonObject { ["rating"] = rating };
        var turn = ModuleTestBed.Click("test.rate", data);

        await app.RunAsync(turn, CancellationToken.None);

        Assert.Equal(0, _handlerRuns);
        var response = Assert.IsType<InvokeResponse>(turn.InvokeResponse);
        Assert.Equal(200, response.Status);
        var card = response.Body!["value"]!;
        var texts = GovernanceBot.Tests.Maturity.CardJsonSearch.Texts(card);
        Assert.Contains("Cette carte n'a pas pu être lue", texts);
        Assert.Contains(texts, t => t.StartsWith("La note doit être un nombre de 1 à 5. ", StringComparison.Ordinal));
        Assert.Equal("help.show", (string?)Assert.Single(GovernanceBot.Tests.Maturity.CardJsonSearch.ExecuteActions(card))["verb"]);
    }

    [Fact]
    public void Only_the_named_owner_may_take_the_fallback_and_only_once()
    {
        var routes = new BotRoutes();
        Assert.Throws<InvalidOperationException>(() => _bed.Routes(routes, ownsFallback: false).OnFallback(CountAsync));

        var owner = _bed.Routes(routes, ownsFallback: true);
        owner.OnFallback(CountAsync);
        Assert.Throws<InvalidOperationException>(() => owner.OnFallback(CountAsync));
    }

    [Fact]
    public void A_command_phrase_is_routed_in_both_languages_and_through_its_aliases_once_each()
    {
        var command = new BotCommand("copil", "copil", "comité", "Copil");

        Assert.Equal(["copil", "comité"], command.Phrases);
    }

    [Fact]
    public async Task A_card_opened_from_help_arrives_as_a_new_message_and_the_help_card_stays()
    {
        var app = _bed.Application(routes => routes.OnCardAction("test.open", (turn, cancellationToken) =>
            turn.ReplaceCardAsync(new AdaptiveCards.AdaptiveCard { Body = [new AdaptiveCards.TextBlock("Feature card")] }, cancellationToken)));

        var fromHelp = ModuleTestBed.Click("test.open", OpenedFrom.KeepingThisCard("help"));
        await app.RunAsync(fromHelp, CancellationToken.None);

        var sent = Assert.Single(fromHelp.SentActivities);
        Assert.Contains("Feature card", sent.Attachments![0].Content!.ToJsonString());
        Assert.Equal(ContentTypes.ActivityMessage, (string?)fromHelp.InvokeResponse!.Body!["type"]);
        Assert.Equal("Ouvert dans un nouveau message, ci-dessous.", (string?)fromHelp.InvokeResponse.Body["value"]);

        var inPlace = ModuleTestBed.Click("test.open", new JsonObject());
        await app.RunAsync(inPlace, CancellationToken.None);
        Assert.Empty(inPlace.SentActivities);
        Assert.Equal(ContentTypes.AdaptiveCard, (string?)inPlace.InvokeResponse!.Body!["type"]);
    }

    [Fact]
    public async Task A_refusal_for_a_feature_opened_from_help_is_still_a_message_under_the_card()
    {
        var app = _bed.Application(routes => routes.OnCardAction("test.open", CountAsync, RouteGuard.Permitted(Permission.ManageHubs)));
        var turn = ModuleTestBed.Click("test.open", OpenedFrom.KeepingThisCard("help"), userId: "someone");

        await app.RunAsync(turn, CancellationToken.None);

        Assert.Equal(0, _handlerRuns);
        Assert.Empty(turn.SentActivities);
        Assert.StartsWith("Cette action est réservée", (string?)turn.InvokeResponse!.Body!["value"]);
    }

    private Task CountAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _handlerRuns);
        return Task.CompletedTask;
    }

    public void Dispose() => _bed.Dispose();

    private sealed record RatingData(int Rating) : ICardData<RatingData>
    {
        public static RatingData Read(CardActionData action) =>
            int.TryParse(action.GetString("rating"), NumberStyles.None, CultureInfo.InvariantCulture, out var rating) && rating is >= 1 and <= 5
                ? new RatingData(rating)
                : throw new CardDataException(new LocalizedText("La note doit être un nombre de 1 à 5.", "The rating must be a number from 1 to 5."));
    }
}
