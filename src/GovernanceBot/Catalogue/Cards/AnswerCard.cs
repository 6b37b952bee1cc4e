using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Catalogue.Cards;

/// <summary>
/// The answer to a question: the answer text, then its sources — each cited record with why it matched
/// and a button that opens its card. A notice says when a written answer fell back to search only.
/// </summary>
internal static class AnswerCard
{
    /// <summary>Sources shown with buttons; lists beyond this are in the text.</summary>
    public const int SourcesShown = 5;

    public static AdaptiveCard Build(CatalogueAnswer answer, string text, Language language, string? notice = null)
    {
        var body = new List<CardElement> { CardKit.Title(CatalogueTexts.AnswerTitle.In(language)) };
        if (notice is not null) body.Add(CardKit.Notice(notice, ContainerStyle.Default));
        body.Add(new TextBlock(text) { Id = "answer" });
        var sources = answer.Records.Take(SourcesShown).ToList();
        if (sources.Count > 0)
        {
            body.Add(new TextBlock(CatalogueTexts.SourcesTitle.In(language)) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            body.AddRange(sources.Select(source => Source(source, answer.Question.Text, language)));
        }
        var feedback = new Feedback.CatalogueFeedbackData(answer.Question.Text, answer.Records.Select(r => r.Ref.Id).Take(Feedback.CatalogueFeedbackData.MaxCited).ToList()).ToJson();
        // Helpful / Not helpful: votes are stored for the central team; "not helpful" says who to ask.
        body.Add(new ActionSet
        {
            Id = "feedback",
            Separator = true,
            Spacing = Spacing.Medium,
            Actions =
            [
                CardKit.Button(CatalogueTexts.HelpfulButton.In(language), CatalogueVerbs.Helpful, feedback),
                CardKit.Button(CatalogueTexts.NotHelpfulButton.In(language), CatalogueVerbs.NotHelpful, (System.Text.Json.Nodes.JsonObject)feedback.DeepClone()),
            ],
        });
        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = text,
            Body = body,
        };
    }

    private static Container Source(CitedRecord record, string question, Language language)
    {
        var kind = (record.Ref.Kind == CatalogueKind.UseCases ? CatalogueTexts.UseCaseLabel : CatalogueTexts.DatasetLabel).In(language);
        var items = new List<CardElement>
        {
            new TextBlock($"**{record.Name}**") { Spacing = Spacing.None },
            CardKit.Subtle($"{kind} · {record.Ref.Id}"),
        };
        if (record.MatchedWords.Count > 0) items.Add(CardKit.Subtle(CatalogueTexts.MatchedOn.In(language, string.Join(", ", record.MatchedWords))));
        var data = new CatalogueActionData(record.Ref.Kind, record.Ref.Id, question).ToJson();
        items.Add(CardKit.ButtonRow(CardKit.Button(CatalogueTexts.Open.In(language), CatalogueVerbs.Open, data)));
        return new Container { Id = "source-" + record.Ref.Id, Items = items, Spacing = Spacing.Small };
    }
}
