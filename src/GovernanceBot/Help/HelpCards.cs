using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Routing;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Modules;

namespace GovernanceBot.Help;

/// <summary>The help card (what the bot can do) and its details card (every command, both languages).</summary>
public sealed class HelpCards(IEnumerable<HelpTopic> topics)
{
    private readonly IReadOnlyList<HelpTopic> _topics = topics.OrderBy(t => t.Position).ToList();

    public IReadOnlyList<HelpTopic> Topics => _topics;

    // The help cards depend only on the language: built and serialized once each, then sent as they are.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Language, AdaptiveCard> _overviews = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Language, AdaptiveCard> _details = new();

    public AdaptiveCard Overview(Language language, string? notUnderstood = null) =>
        notUnderstood is null ? _overviews.GetOrAdd(language, l => BuildOverview(l, null).Prepare()) : BuildOverview(language, notUnderstood);

    public AdaptiveCard Details(Language language) => _details.GetOrAdd(language, l => BuildDetails(l).Prepare());

    private AdaptiveCard BuildOverview(Language language, string? notUnderstood)
    {
        var body = new List<CardElement>
        {
            CardKit.Title(HelpTexts.Title.In(language)),
        };
        // Not understanding is no error: a neutral box says so once, and the intro below goes on as usual.
        if (notUnderstood is not null)
            body.Add(CardKit.Notice(HelpTexts.NotUnderstood.In(language, Shorten(notUnderstood)), ContainerStyle.Emphasis));
        body.Add(new TextBlock(HelpTexts.Intro.In(language)) { IsSubtle = true });

        foreach (var topic in _topics)
        {
            var text = new List<CardElement>
            {
                new TextBlock(topic.Title.In(language)) { Weight = TextWeight.Bolder },
                new TextBlock(topic.Description.In(language)) { Spacing = Spacing.None },
                new TextBlock(HelpTexts.TypeHint.In(language, topic.Commands[0].In(language))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            };
            var columns = new List<Column> { new() { Width = "stretch", Items = text } };
            if (topic.StartVerb is not null)
            {
                columns.Add(new Column
                {
                    Width = "auto",
                    VerticalContentAlignment = "Center",
                    // The feature's card arrives as a new message: the help card stays in the chat.
                    Items = [new ActionSet { Actions = [CardKit.Button(HelpTexts.Open.In(language), topic.StartVerb, OpenedFrom.KeepingThisCard("help"))] }],
                });
            }
            body.Add(new ColumnSet { Separator = true, Spacing = Spacing.Medium, Columns = columns });
        }

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = HelpTexts.Intro.In(language),
            Body = body,
            Actions = [CardKit.Button(HelpTexts.More.In(language), HelpVerbs.More)],
        };
    }

    private AdaptiveCard BuildDetails(Language language)
    {
        var other = language == Language.English ? Language.French : Language.English;
        var facts = _topics
            .SelectMany(topic => topic.Commands.Select(command => new Fact(
                command.In(language),
                SameWords(command.In(language), command.In(other))
                    ? topic.Title.In(language)
                    : $"{topic.Title.In(language)} ({HelpTexts.DetailsOtherLanguage.In(language, command.In(other))})")))
            .ToList();

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = HelpTexts.DetailsTitle.In(language),
            Body =
            [
                CardKit.Title(HelpTexts.DetailsTitle.In(language)),
                new TextBlock(HelpTexts.DetailsIntro.In(language)) { IsSubtle = true },
                new FactSet { Facts = facts },
            ],
            Actions = [CardKit.Button(HelpTexts.Back.In(language), HelpVerbs.Show)],
        };
    }

    /// <summary>"hubs" and "hubs" (or "Copil" and "copil") are one command: no "also" for it.</summary>
    private static bool SameWords(string a, string b) => CommandText.Words(a).SequenceEqual(CommandText.Words(b));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
