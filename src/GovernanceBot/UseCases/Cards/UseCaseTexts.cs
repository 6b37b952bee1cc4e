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

    public static string FieldLabel(UseCaseField field, Language language) => Catalog.Get("Field_" + field.Id, language);

    public static string Step(WizardStep step, Language language) => Catalog.Get("Step_" + step, language);

    public static string StepIntro(WizardStep step, Language language) => Catalog.Get("StepIntro_" + step, language);

    /// <summary>The label of one option of a choice field (the option names are the domain enum's names).</summary>
    public static string Option(UseCaseField field, string option, Language language) => Catalog.Get(OptionType(field) + "_" + option, language);

    public static string Of<TEnum>(TEnum value, Language language) where TEnum : struct, Enum => Catalog.Get(typeof(TEnum).Name + "_" + value, language);

    public static string Action(LifecycleAction action, Language language) => Catalog.Get("Action_" + action, language);

    public static string Event(HistoryEvent historyEvent, Language language) => Catalog.Get("Event_" + historyEvent, language);

    public static string Error(FieldError error, Language language) => Catalog.Get("Error_" + error.Code, language, error.Limit);

    public static string Refusal(UseCaseRefusedException refused, Language language) => refused.Reason switch
    {
        UseCaseRefusal.NotOwner => Catalog.Get("Refusal_NotOwner", language, refused.OwnerName ?? "?"),
        UseCaseRefusal.CommentTooLong => Catalog.Get("Refusal_CommentTooLong", language, TransitionRequest.CommentLength),
        _ => Catalog.Get("Refusal_" + refused.Reason, language),
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

    public static string Number(int value, Language language) => value.ToString(TextCatalog.Culture(language));

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
