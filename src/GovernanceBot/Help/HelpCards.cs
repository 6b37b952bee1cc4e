using System.Text.Json.Nodes;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Domain;
using GovernanceBot.Localization;

namespace GovernanceBot.Help;

/// <summary>The help card (what the bot can do) and its details card (every command, both languages).</summary>
public sealed class HelpCards(IEnumerable<HelpTopic> topics)
{
    internal static readonly TextCatalog Texts = TextCatalog.Load("Help.texts.json");

    private readonly IReadOnlyList<HelpTopic> _topics = topics.OrderBy(t => t.Order).ToList();

    public IReadOnlyList<HelpTopic> Topics => _topics;

    public AdaptiveCard Overview(Language language, string? notUnderstood = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(Texts.Get("Title", language)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
        };
        if (notUnderstood is not null)
            body.Add(new TextBlock(Texts.Get("NotUnderstood", language, Shorten(notUnderstood))) { Color = TextColor.Warning });
        body.Add(new TextBlock(Texts.Get("Intro", language)) { IsSubtle = true });

        foreach (var topic in _topics)
        {
            var text = new List<CardElement>
            {
                new TextBlock(topic.Title.In(language)) { Weight = TextWeight.Bolder },
                new TextBlock(topic.Description.In(language)) { Spacing = Spacing.None },
                new TextBlock(Texts.Get("TypeHint", language, topic.Commands[0].In(language))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            };
            var columns = new List<Column> { new() { Width = "stretch", Items = text } };
            if (topic.StartVerb is not null)
            {
                columns.Add(new Column
                {
                    Width = "auto",
                    VerticalContentAlignment = "Center",
                    Items = [new ActionSet { Actions = [new ExecuteAction { Title = Texts.Get("Open", language), Verb = topic.StartVerb, Data = new JsonObject() }] }],
                });
            }
            body.Add(new ColumnSet { Separator = true, Spacing = Spacing.Medium, Columns = columns });
        }

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = Texts.Get("Intro", language),
            Body = body,
            Actions = [new ExecuteAction { Title = Texts.Get("More", language), Verb = HelpVerbs.More, Data = new JsonObject() }],
        };
    }

    public AdaptiveCard Details(Language language)
    {
        var other = language == Language.English ? Language.French : Language.English;
        var facts = _topics
            .SelectMany(topic => topic.Commands.Select(command => new Fact(
                command.In(language),
                $"{topic.Title.In(language)} ({Texts.Get("DetailsOtherLanguage", language, command.In(other))})")))
            .ToList();

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = Texts.Get("DetailsTitle", language),
            Body =
            [
                new TextBlock(Texts.Get("DetailsTitle", language)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
                new TextBlock(Texts.Get("DetailsIntro", language)) { IsSubtle = true },
                new FactSet { Facts = facts },
            ],
            Actions = [new ExecuteAction { Title = Texts.Get("Back", language), Verb = HelpVerbs.Show, Data = new JsonObject() }],
        };
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
