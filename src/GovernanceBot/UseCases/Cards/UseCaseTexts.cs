using System.Globalization;
using GovernanceBot.Domain;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Localization;

namespace GovernanceBot.UseCases.Cards;

/// <summary>
/// The use-case feature's FR/EN strings (UseCases.texts.json). Texts named after domain values — fields
/// ("Field_title"), options ("Rating_High"), states, actions, history events, errors and refusals — are
/// reached through the typed helpers below; a test visits every value so none can be missing.
/// </summary>
internal static partial class UseCaseTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("UseCases.texts.json");

    public static string FieldLabel(UseCaseField field, Language language) => Text("Field_" + field.Id).In(language);

    public static string Step(WizardStep step, Language language) => Text("Step_" + step).In(language);

    public static string StepIntro(WizardStep step, Language language) => Text("StepIntro_" + step).In(language);

    /// <summary>The label of one option of a choice field (the option names are the domain enum's names).</summary>
    public static string Option(UseCaseField field, string option, Language language) => Text(OptionType(field) + "_" + option).In(language);

    public static string Of<TEnum>(TEnum value, Language language) where TEnum : struct, Enum => Text(typeof(TEnum).Name + "_" + value).In(language);

    public static string Action(LifecycleAction action, Language language) => Text("Action_" + action).In(language);

    public static string Event(HistoryEvent historyEvent, Language language) => Text("Event_" + historyEvent).In(language);

    public static string Error(FieldError error, Language language) => Text("Error_" + error.Code).In(language, error.Limit);

    public static string Refusal(UseCaseRefusedException refused, Language language) => refused.Reason switch
    {
        UseCaseRefusal.NotOwner => Refusal_NotOwner.In(language, refused.OwnerName ?? "?"),
        UseCaseRefusal.CommentTooLong => Refusal_CommentTooLong.In(language, TransitionRequest.CommentLength),
        _ => Text("Refusal_" + refused.Reason).In(language),
    };

    /// <summary>A field's value as a reader sees it: option labels instead of option names, lists joined.</summary>
    public static string? Display(UseCaseField field, UseCaseContent content, Language language)
    {
        var value = field.ValueIn(content);
        if (value is null) return null;
        return field.Kind switch
        {
            FieldKind.Choice => Option(field, value, language),
            FieldKind.MultiChoice => string.Join(", ", value.Split(',').Select(o => Option(field, o, language))),
            FieldKind.Lines => string.Join(", ", value.Split('\n')),
            _ => value,
        };
    }

    public static string Date(DateTimeOffset instant, Language language) => instant.ToString("d MMMM yyyy", TextCatalog.Culture(language));

    public static string Date(DateOnly date, Language language) => date.ToString("d MMMM yyyy", TextCatalog.Culture(language));

    /// <summary>The domain enum behind a choice field: its options' text keys start with the enum's name.</summary>
    public static string OptionType(UseCaseField field) => field.Id switch
    {
        "time" or "logic" or "data" => nameof(Rating),
        "dataAvailability" => nameof(DataAvailability),
        "comparableCases" => nameof(ComparableCases),
        "complexity" => nameof(ComplexityLevel),
        "verdict" => nameof(FeasibilityVerdict),
        "notFeasiblePath" => nameof(NotFeasiblePath),
        "expertise" => nameof(ExpertiseProfile),
        "delivery" => nameof(DeliveryMode),
        "frequency" => nameof(DeliveryFrequency),
        "personalData" or "dpoConsulted" => nameof(YesNo),
        "aiActRisk" => nameof(AiActRiskLevel),
        "securityReview" => nameof(SecurityReviewStatus),
        _ => throw new ArgumentException($"Field '{field.Id}' has no options.", nameof(field)),
    };

    /// <summary>The text named after a domain value; a missing one is a bug the texts test catches for every value.</summary>
    public static TextRef Text(string key) => Named.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"Text '{key}' is missing from {Catalog.Name}.");

    public static string Number(int value, Language language) => value.ToString(TextCatalog.Culture(language));

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
