using System.Globalization;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.UseCases.Cards;

/// <summary>The central team's form for the lifecycle phase, the MLOps level and the production facts.</summary>
internal static class FactsCard
{
    public static AdaptiveCard Build(UseCase useCase, Language language, string? notice = null)
    {
        var data = new UseCaseActionData { UseCaseId = useCase.Id, Revision = useCase.Revision };
        var body = new List<CardElement> { CardKit.Title(UseCaseTexts.ProductionTitle.In(language)), CardKit.Subtle(UseCaseCard.Heading(useCase, language)) };
        if (notice is not null) body.Add(CardKit.Notice(notice));
        body.Add(Choices<LifecyclePhase>(UseCaseActionData.PhaseInput, UseCaseTexts.Phase.In(language), useCase.Phase, language));
        body.Add(Choices(UseCaseActionData.MlopsInput, UseCaseTexts.Mlops.In(language), useCase.MlopsLevel, language));
        body.Add(new DateInput { Id = UseCaseActionData.GoLiveInput, Label = UseCaseTexts.GoLiveDate.In(language), Value = useCase.Production.GoLiveDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        body.Add(new TextInput { Id = UseCaseActionData.SupportInput, Label = UseCaseTexts.SupportContact.In(language), Value = useCase.Production.SupportContact, MaxLength = ProductionFacts.TextLength });
        body.Add(new TextInput { Id = UseCaseActionData.MonitoringInput, Label = UseCaseTexts.MonitoringUrl.In(language), Value = useCase.Production.MonitoringUrl, Placeholder = "https://…" });
        body.Add(new TextInput { Id = UseCaseActionData.KpiInput, Label = UseCaseTexts.KpiValues.In(language), Value = useCase.Production.KpiValues, IsMultiline = true, MaxLength = ProductionFacts.KpiValuesLength });
        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = UseCaseTexts.ProductionTitle.In(language),
            Body = body,
            Actions =
            [
                CardKit.Button(UseCaseTexts.SaveFacts.In(language), UseCaseVerbs.SaveFacts, data.ToJson(), ActionStyle.Positive),
                CardKit.Button(UseCaseTexts.BackToCase.In(language), UseCaseVerbs.Open, data.ToJson()),
            ],
        };
    }

    private static ChoiceSetInput Choices<T>(string id, string label, T? current, Language language) where T : struct, Enum => new()
    {
        Id = id,
        Label = label,
        Style = ChoiceInputStyle.Compact,
        Choices = Enum.GetValues<T>().Select(v => new Choice(UseCaseTexts.Of(v, language), v.ToString())).ToList(),
        Value = current?.ToString(),
    };
}
