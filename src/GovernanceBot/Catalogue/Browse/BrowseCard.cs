using System.Text.Json.Nodes;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Browse;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Modules;

namespace GovernanceBot.Catalogue.Browse;

/// <summary>
/// A page of the catalogues: where the reader is ("page 2 of 5 · 37 results"), what was corrected, the
/// filters (words, catalogue, organisation, hub, status, theme, data — choices taken from the records
/// the words match) with Apply, the page's records each with a button that opens its card below, and
/// Previous / Next. Every button updates this card in place, except Open, which keeps it.
/// </summary>
internal static class BrowseCard
{
    /// <summary>Longest choice title; longer organisation or theme names are cut (the value stays whole).</summary>
    private const int ChoiceTitleLength = 60;

    public static AdaptiveCard Build(BrowseResult result, Language language)
    {
        var applied = result.Applied;
        var body = new List<CardElement> { CardKit.Title(BrowseTexts.Title.In(language)) };
        if (applied.Words.Length > 0) body.Add(CardKit.Subtle(BrowseTexts.WordsLine.In(language, applied.Words)));
        var position = result.Total == 0 ? BrowseTexts.NoResults.In(language)
            : (result.Capped ? BrowseTexts.PageLineCapped : BrowseTexts.PageLine).In(language, result.Page, result.PageCount, result.Total);
        body.Add(new TextBlock(position) { Id = "position", Weight = TextWeight.Bolder, Spacing = Spacing.Small });
        // One notice for every correction (a card holds one element per id).
        if (result.Problems.Count > 0) body.Add(CardKit.Notice(string.Join("\n\n", result.Problems.Select(problem => Problem(problem, result, language)))));
        body.Add(Filters(result, language));
        if (result.Total == 0)
        {
            body.Add(new TextBlock(BrowseTexts.RemoveFiltersHint.In(language)) { Separator = true, Spacing = Spacing.Medium });
            if (!applied.Filters.IsEmpty)
            {
                var everything = new BrowseCardData(new BrowseRequest(applied.Words, BrowseFilters.None)).ToJson();
                body.Add(CardKit.ButtonRow(PageButton(BrowseTexts.RemoveFilters.In(language), everything)));
            }
        }
        else
        {
            body.AddRange(result.Items.Select((item, i) => Item(item, language, i == 0)));
        }

        var paging = new List<CardAction>();
        if (result.HasPrevious) paging.Add(PageButton(BrowseTexts.Previous.In(language), new BrowseCardData(applied with { Page = result.Page - 1 }).ToJson()));
        if (result.HasNext) paging.Add(PageButton(BrowseTexts.Next.In(language), new BrowseCardData(applied with { Page = result.Page + 1 }).ToJson()));
        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = $"{BrowseTexts.Title.In(language)} — {position}",
            Body = body,
            Actions = paging.Count == 0 ? null : paging,
        };
    }

    private static Container Filters(BrowseResult result, Language language)
    {
        var filters = result.Applied.Filters;
        var facets = result.Facets;
        var any = new Choice(BrowseTexts.Any.In(language), BrowseCardData.AnyValue);
        var words = new TextInput
        {
            Id = BrowseCardData.Inputs.Words, Label = BrowseTexts.WordsLabel.In(language), Value = result.Applied.Words,
            Placeholder = BrowseTexts.WordsPlaceholder.In(language), MaxLength = BrowseRequest.MaxWordsLength,
        };
        var kind = Choices(BrowseCardData.Inputs.Kind, BrowseTexts.KindLabel.In(language), filters.Kind is { } k ? BrowseCardData.KindToken(k) : BrowseCardData.AnyValue,
            facets.Kinds.Select(f => Counted(Kind(f.Value, language), BrowseCardData.KindToken(f.Value), f.Count, language)).Prepend(any));
        var organisation = Choices(BrowseCardData.Inputs.Organisation, BrowseTexts.OrganisationLabel.In(language), filters.Organisation ?? BrowseCardData.AnyValue,
            facets.Organisations.Select(f => Counted(f.Value, f.Value, f.Count, language)).Prepend(any));
        var hub = Choices(BrowseCardData.Inputs.Hub, BrowseTexts.HubLabel.In(language), filters.Hub ?? BrowseCardData.AnyValue,
            facets.Hubs.Select(f => Counted(f.Value, f.Value, f.Count, language)).Prepend(any));
        var status = Choices(BrowseCardData.Inputs.Status, BrowseTexts.StatusLabel.In(language), filters.Status is { } s ? BrowseCardData.StatusToken(s) : BrowseCardData.AnyValue,
            facets.Statuses.Select(f => Counted(CatalogueWords.Status(f.Value, language), BrowseCardData.StatusToken(f.Value), f.Count, language)).Prepend(any));
        var theme = Choices(BrowseCardData.Inputs.Theme, BrowseTexts.ThemeLabel.In(language), filters.Theme ?? BrowseCardData.AnyValue,
            facets.Themes.Select(f => Counted(f.Value, f.Value, f.Count, language)).Prepend(any));
        var data = Choices(BrowseCardData.Inputs.Data, BrowseTexts.DataLabel.In(language), filters.Data is { } c ? BrowseCardData.ConcernToken(c) : BrowseCardData.AnyValue,
            facets.Data.Select(f => Counted(Concern(f.Value, language), BrowseCardData.ConcernToken(f.Value), f.Count, language)).Prepend(any));
        // Two columns of three filters keep the card short; on a narrow screen Teams stacks them.
        var items = new List<CardElement>
        {
            words,
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = "stretch", Items = [kind, organisation, hub] },
                    new Column { Width = "stretch", Items = [status, theme, data] },
                ],
            },
            CardKit.ButtonRow(new ExecuteAction
            {
                Title = BrowseTexts.Apply.In(language),
                Verb = BrowseVerbs.Apply,
                Data = new JsonObject(),
                Style = ActionStyle.Positive,
            }),
        };
        return new Container { Id = "filters", Items = items, Separator = true, Spacing = Spacing.Medium };
    }

    /// <summary>A compact drop-down: it renders alike in every Teams client, and stays short with the forty most frequent values.</summary>
    private static ChoiceSetInput Choices(string id, string label, string value, IEnumerable<Choice> choices) => new()
    {
        Id = id,
        Label = label,
        Value = value,
        Style = ChoiceInputStyle.Compact,
        Choices = choices.ToList(),
    };

    private static Choice Counted(string title, string value, int count, Language language)
    {
        var shown = title.Length > ChoiceTitleLength ? title[..(ChoiceTitleLength - 1)] + "…" : title;
        return new Choice(BrowseTexts.Counted.In(language, shown, count), value);
    }

    private static Container Item(CitedRecord record, Language language, bool first)
    {
        var details = new List<string> { (record.Ref.Kind == CatalogueKind.UseCases ? CatalogueTexts.UseCaseLabel : CatalogueTexts.DatasetLabel).In(language), record.Ref.Id };
        if (record.UseCase is { } useCase)
        {
            details.AddRange(new[] { useCase.Organisation, useCase.Hub }.Where(d => d.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
            details.Add(CatalogueWords.Status(useCase.Status, language));
        }
        else if (record.Dataset is { } dataset && dataset.OwnerOrganisation.Length > 0)
        {
            details.Add(dataset.OwnerOrganisation);
        }
        // Open keeps this card: the record arrives below, so the reader can come back to the list.
        var open = new CatalogueActionData(record.Ref.Kind, record.Ref.Id, "").ToJson();
        open[OpenedFrom.Property] = "catalogue.browse";
        return new Container
        {
            Id = "item-" + record.Ref.Id,
            Separator = first,
            Spacing = first ? Spacing.Medium : Spacing.Small,
            Items =
            [
                new ColumnSet
                {
                    Columns =
                    [
                        new Column
                        {
                            Width = "stretch",
                            Items = [new TextBlock($"**{record.Name}**") { Spacing = Spacing.None, MaxLines = 2 }, CardKit.Subtle(string.Join(" · ", details))],
                        },
                        new Column
                        {
                            Width = "auto",
                            VerticalContentAlignment = "center",
                            Items = [CardKit.ButtonRow(new ExecuteAction { Title = CatalogueTexts.Open.In(language), Verb = CatalogueVerbs.Open, Data = open, AssociatedInputs = "none" })],
                        },
                    ],
                },
            ],
        };
    }

    /// <summary>Paging keeps the filters the card was built with, whatever was changed but not applied.</summary>
    private static ExecuteAction PageButton(string title, JsonObject data) => new()
    {
        Title = title,
        Verb = BrowseVerbs.Page,
        Data = data,
        AssociatedInputs = "none",
    };

    private static string Problem(BrowseProblem problem, BrowseResult result, Language language) => problem.Kind switch
    {
        BrowseProblemKind.UnknownOrganisation => BrowseTexts.UnknownOrganisation.In(language, problem.Value),
        BrowseProblemKind.UnknownHub => BrowseTexts.UnknownHub.In(language, problem.Value),
        BrowseProblemKind.UnknownTheme => BrowseTexts.UnknownTheme.In(language, problem.Value),
        BrowseProblemKind.PageBeforeStart => BrowseTexts.PageBeforeStart.In(language, problem.Value),
        _ => BrowseTexts.PageBeyondEnd.In(language, problem.Value, result.PageCount),
    };

    private static string Kind(CatalogueKind kind, Language language) =>
        (kind == CatalogueKind.UseCases ? BrowseTexts.KindUseCases : BrowseTexts.KindDatasets).In(language);

    private static string Concern(DataConcern concern, Language language) =>
        (concern == DataConcern.PersonalData ? BrowseTexts.DataPersonal : BrowseTexts.DataNonPublic).In(language);
}
