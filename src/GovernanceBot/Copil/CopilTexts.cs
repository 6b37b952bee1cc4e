using GovernanceBot.Localization;

namespace GovernanceBot.Copil;

/// <summary>The FR/EN texts of Copil.texts.json, one checked reference per key.</summary>
internal static class CopilTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("Copil.texts.json");

    public static readonly TextRef PrioritiesTitle = Catalog.Ref(nameof(PrioritiesTitle));
    public static readonly TextRef PrioritiesEmpty = Catalog.Ref(nameof(PrioritiesEmpty));
    public static readonly TextRef PrioritiesRefused = Catalog.Ref(nameof(PrioritiesRefused));
    public static readonly TextRef ChartAlt = Catalog.Ref(nameof(ChartAlt));
    public static readonly TextRef ChartTooLarge = Catalog.Ref(nameof(ChartTooLarge));
    public static readonly TextRef ValueAxis = Catalog.Ref(nameof(ValueAxis));
    public static readonly TextRef FeasibilityAxis = Catalog.Ref(nameof(FeasibilityAxis));
    public static readonly TextRef RankLine = Catalog.Ref(nameof(RankLine));
    public static readonly TextRef ValueLine = Catalog.Ref(nameof(ValueLine));
    public static readonly TextRef FeasibilityLine = Catalog.Ref(nameof(FeasibilityLine));
    public static readonly TextRef NoScore = Catalog.Ref(nameof(NoScore));
    public static readonly TextRef Missing = Catalog.Ref(nameof(Missing));
    public static readonly TextRef NothingKnown = Catalog.Ref(nameof(NothingKnown));
    public static readonly TextRef QuadrantShortTerm = Catalog.Ref(nameof(QuadrantShortTerm));
    public static readonly TextRef QuadrantMediumTermValue = Catalog.Ref(nameof(QuadrantMediumTermValue));
    public static readonly TextRef QuadrantMediumTermEasy = Catalog.Ref(nameof(QuadrantMediumTermEasy));
    public static readonly TextRef QuadrantLongTerm = Catalog.Ref(nameof(QuadrantLongTerm));
    public static readonly TextRef QuadrantNotPlaced = Catalog.Ref(nameof(QuadrantNotPlaced));
    public static readonly TextRef CriterionTime = Catalog.Ref(nameof(CriterionTime));
    public static readonly TextRef CriterionLogic = Catalog.Ref(nameof(CriterionLogic));
    public static readonly TextRef CriterionData = Catalog.Ref(nameof(CriterionData));
    public static readonly TextRef CriterionRoi = Catalog.Ref(nameof(CriterionRoi));
    public static readonly TextRef CriterionBusinessCriticality = Catalog.Ref(nameof(CriterionBusinessCriticality));
    public static readonly TextRef CriterionStrategicAlignment = Catalog.Ref(nameof(CriterionStrategicAlignment));
    public static readonly TextRef CriterionDataAvailability = Catalog.Ref(nameof(CriterionDataAvailability));
    public static readonly TextRef CriterionComparableCases = Catalog.Ref(nameof(CriterionComparableCases));
    public static readonly TextRef CriterionComplexity = Catalog.Ref(nameof(CriterionComplexity));
    public static readonly TextRef CriterionVerdict = Catalog.Ref(nameof(CriterionVerdict));
    public static readonly TextRef CriterionIndustrialisation = Catalog.Ref(nameof(CriterionIndustrialisation));
    public static readonly TextRef KpiTitle = Catalog.Ref(nameof(KpiTitle));
    public static readonly TextRef KpiRefused = Catalog.Ref(nameof(KpiRefused));
    public static readonly TextRef KpiConversion = Catalog.Ref(nameof(KpiConversion));
    public static readonly TextRef KpiConversionValue = Catalog.Ref(nameof(KpiConversionValue));
    public static readonly TextRef KpiTimeToMarket = Catalog.Ref(nameof(KpiTimeToMarket));
    public static readonly TextRef KpiLeadTime = Catalog.Ref(nameof(KpiLeadTime));
    public static readonly TextRef KpiDays = Catalog.Ref(nameof(KpiDays));
    public static readonly TextRef KpiDistribution = Catalog.Ref(nameof(KpiDistribution));
    public static readonly TextRef KpiBucket = Catalog.Ref(nameof(KpiBucket));
    public static readonly TextRef KpiBucketLast = Catalog.Ref(nameof(KpiBucketLast));
    public static readonly TextRef KpiNoData = Catalog.Ref(nameof(KpiNoData));
    public static readonly TextRef KpiSubmissions = Catalog.Ref(nameof(KpiSubmissions));
    public static readonly TextRef KpiSubmissionsValue = Catalog.Ref(nameof(KpiSubmissionsValue));
    public static readonly TextRef KpiByStatus = Catalog.Ref(nameof(KpiByStatus));
    public static readonly TextRef KpiByHub = Catalog.Ref(nameof(KpiByHub));
    public static readonly TextRef KpiMaturity = Catalog.Ref(nameof(KpiMaturity));
    public static readonly TextRef KpiAdoption = Catalog.Ref(nameof(KpiAdoption));
    public static readonly TextRef KpiNone = Catalog.Ref(nameof(KpiNone));
    public static readonly TextRef StandardAdded = Catalog.Ref(nameof(StandardAdded));
    public static readonly TextRef ActionAdded = Catalog.Ref(nameof(ActionAdded));
    public static readonly TextRef NoteUsage = Catalog.Ref(nameof(NoteUsage));
    public static readonly TextRef NoteTooLong = Catalog.Ref(nameof(NoteTooLong));
    public static readonly TextRef NotesRefused = Catalog.Ref(nameof(NotesRefused));
    public static readonly TextRef AgendaTitle = Catalog.Ref(nameof(AgendaTitle));
    public static readonly TextRef AgendaKpis = Catalog.Ref(nameof(AgendaKpis));
    public static readonly TextRef AgendaDecisions = Catalog.Ref(nameof(AgendaDecisions));
    public static readonly TextRef AgendaIndustrialisation = Catalog.Ref(nameof(AgendaIndustrialisation));
    public static readonly TextRef AgendaNoBlocker = Catalog.Ref(nameof(AgendaNoBlocker));
    public static readonly TextRef AgendaStandards = Catalog.Ref(nameof(AgendaStandards));
    public static readonly TextRef AgendaActions = Catalog.Ref(nameof(AgendaActions));
    public static readonly TextRef AgendaEmpty = Catalog.Ref(nameof(AgendaEmpty));
    public static readonly TextRef BlockerBusinessValidationPending = Catalog.Ref(nameof(BlockerBusinessValidationPending));
    public static readonly TextRef BlockerSecurityReviewPending = Catalog.Ref(nameof(BlockerSecurityReviewPending));
    public static readonly TextRef BlockerWeakAxis = Catalog.Ref(nameof(BlockerWeakAxis));
    public static readonly TextRef BlockerFeasibilityConditions = Catalog.Ref(nameof(BlockerFeasibilityConditions));
    public static readonly TextRef HelpTopicTitle = Catalog.Ref(nameof(HelpTopicTitle));
    public static readonly TextRef HelpTopicDescription = Catalog.Ref(nameof(HelpTopicDescription));
}
