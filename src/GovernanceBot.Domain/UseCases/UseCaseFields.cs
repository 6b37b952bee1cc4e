using System.Globalization;

namespace GovernanceBot.Domain.UseCases;

/// <summary>
/// Every field of the submission (DESIGN §4.1–4.6), in wizard order, with its rules. Cards, validation and
/// storage all go through this list, so a field is added in one place.
/// </summary>
public static class UseCaseFields
{
    public const int TitleLength = 120;
    public const int LineLength = 200;
    public const int CommentLength = 500;
    public const int LongTextLength = 2000;
    public const int UrlLength = 500;
    public const int MaxEffortDays = 2000;
    public const int MaxListItems = 20;

    public static readonly IReadOnlyList<UseCaseField> All =
    [
        // 4.1 Value: what the idea is, and the T.L.D. screen.
        Text("title", WizardStep.Value, TitleLength, true, c => c.Value.Title, (c, v) => c with { Value = c.Value with { Title = v } }),
        LongText("summary", WizardStep.Value, CommentLength, true, c => c.Value.Summary, (c, v) => c with { Value = c.Value with { Summary = v } }),
        Choice<Rating>("time", WizardStep.Value, true, c => c.Value.Time, (c, v) => c with { Value = c.Value with { Time = v } }),
        LongText("timeComment", WizardStep.Value, CommentLength, true, c => c.Value.TimeComment, (c, v) => c with { Value = c.Value with { TimeComment = v } }),
        Choice<Rating>("logic", WizardStep.Value, true, c => c.Value.Logic, (c, v) => c with { Value = c.Value with { Logic = v } }),
        LongText("logicComment", WizardStep.Value, CommentLength, true, c => c.Value.LogicComment, (c, v) => c with { Value = c.Value with { LogicComment = v } }),
        Choice<Rating>("data", WizardStep.Value, true, c => c.Value.Data, (c, v) => c with { Value = c.Value with { Data = v } }),
        LongText("dataComment", WizardStep.Value, CommentLength, true, c => c.Value.DataComment, (c, v) => c with { Value = c.Value with { DataComment = v } }),

        // 4.2 Feasibility.
        Choice<DataAvailability>("dataAvailability", WizardStep.Feasibility, true, c => c.Feasibility.DataAvailability, (c, v) => c with { Feasibility = c.Feasibility with { DataAvailability = v } }),
        Choice<ComparableCases>("comparableCases", WizardStep.Feasibility, true, c => c.Feasibility.ComparableCases, (c, v) => c with { Feasibility = c.Feasibility with { ComparableCases = v } }),
        Choice<ComplexityLevel>("complexity", WizardStep.Feasibility, true, c => c.Feasibility.Complexity, (c, v) => c with { Feasibility = c.Feasibility with { Complexity = v } }),
        Choice<FeasibilityVerdict>("verdict", WizardStep.Feasibility, true, c => c.Feasibility.Verdict, (c, v) => c with { Feasibility = c.Feasibility with { Verdict = v } }),
        LongText("conditions", WizardStep.Feasibility, CommentLength, false, c => c.Feasibility.Conditions, (c, v) => c with { Feasibility = c.Feasibility with { Conditions = v } },
            requiredWhen: c => c.Feasibility.Verdict == FeasibilityVerdict.FeasibleWithConditions),
        Choice<NotFeasiblePath>("notFeasiblePath", WizardStep.Feasibility, false, c => c.Feasibility.Path, (c, v) => c with { Feasibility = c.Feasibility with { Path = v } },
            requiredWhen: c => c.Feasibility.Verdict == FeasibilityVerdict.NotFeasible),

        // 4.3 Scope of work, nine fields.
        LongText("businessContext", WizardStep.Scope, LongTextLength, true, c => c.Scope.BusinessContext, (c, v) => c with { Scope = c.Scope with { BusinessContext = v } }),
        LongText("problemStatement", WizardStep.Scope, LongTextLength, true, c => c.Scope.ProblemStatement, (c, v) => c with { Scope = c.Scope with { ProblemStatement = v } }),
        LongText("technicalOverview", WizardStep.Scope, LongTextLength, true, c => c.Scope.TechnicalOverview, (c, v) => c with { Scope = c.Scope with { TechnicalOverview = v } }),
        LongText("dataRequired", WizardStep.Scope, LongTextLength, true, c => c.Scope.DataRequired, (c, v) => c with { Scope = c.Scope with { DataRequired = v } }),
        LongText("assumptions", WizardStep.Scope, LongTextLength, false, c => c.Scope.Assumptions, (c, v) => c with { Scope = c.Scope with { Assumptions = v } }),
        LongText("deliverables", WizardStep.Scope, LongTextLength, true, c => c.Scope.Deliverables, (c, v) => c with { Scope = c.Scope with { Deliverables = v } }),
        new UseCaseField("effortDays", WizardStep.Scope, FieldKind.Number, true,
            c => c.Scope.EstimatedEffortDays?.ToString(CultureInfo.InvariantCulture),
            (c, v) => c with { Scope = c.Scope with { EstimatedEffortDays = v is null ? null : int.Parse(v, CultureInfo.InvariantCulture) } },
            minimum: 1, maximum: MaxEffortDays),
        MultiChoice<ExpertiseProfile>("expertise", WizardStep.Scope, true, c => c.Scope.Expertise, (c, v) => c with { Scope = c.Scope with { Expertise = v } }),
        LongText("exclusions", WizardStep.Scope, LongTextLength, false, c => c.Scope.Exclusions, (c, v) => c with { Scope = c.Scope with { Exclusions = v } }),

        // 4.4 Product canvas extras.
        LongText("users", WizardStep.Canvas, CommentLength, true, c => c.Canvas.Users, (c, v) => c with { Canvas = c.Canvas with { Users = v } }),
        LongText("valueProposition", WizardStep.Canvas, CommentLength, true, c => c.Canvas.ValueProposition, (c, v) => c with { Canvas = c.Canvas with { ValueProposition = v } }),
        Text("primaryKpi", WizardStep.Canvas, LineLength, true, c => c.Canvas.PrimaryKpi, (c, v) => c with { Canvas = c.Canvas with { PrimaryKpi = v } }),
        Lines("secondaryKpis", WizardStep.Canvas, false, c => c.Canvas.SecondaryKpis, (c, v) => c with { Canvas = c.Canvas with { SecondaryKpis = v } }),
        Choice<DeliveryMode>("delivery", WizardStep.Canvas, true, c => c.Canvas.Delivery, (c, v) => c with { Canvas = c.Canvas with { Delivery = v } }),
        Choice<DeliveryFrequency>("frequency", WizardStep.Canvas, true, c => c.Canvas.Frequency, (c, v) => c with { Canvas = c.Canvas with { Frequency = v } }),
        Text("operatingEnvironment", WizardStep.Canvas, LineLength, false, c => c.Canvas.OperatingEnvironment, (c, v) => c with { Canvas = c.Canvas with { OperatingEnvironment = v } }),
        LongText("extensions", WizardStep.Canvas, CommentLength, false, c => c.Canvas.Extensions, (c, v) => c with { Canvas = c.Canvas with { Extensions = v } }),

        // 4.5 Compliance and risk.
        Choice<YesNo>("personalData", WizardStep.Compliance, true, c => c.Compliance.PersonalData, (c, v) => c with { Compliance = c.Compliance with { PersonalData = v } }),
        Choice<YesNo>("dpoConsulted", WizardStep.Compliance, false, c => c.Compliance.DpoConsulted, (c, v) => c with { Compliance = c.Compliance with { DpoConsulted = v } },
            requiredWhen: c => c.Compliance.PersonalData == YesNo.Yes),
        Choice<AiActRiskLevel>("aiActRisk", WizardStep.Compliance, true, c => c.Compliance.AiActRisk, (c, v) => c with { Compliance = c.Compliance with { AiActRisk = v } }),
        LongText("ethicsConcerns", WizardStep.Compliance, CommentLength, false, c => c.Compliance.EthicsConcerns, (c, v) => c with { Compliance = c.Compliance with { EthicsConcerns = v } }),
        Choice<SecurityReviewStatus>("securityReview", WizardStep.Compliance, true, c => c.Compliance.SecurityReview, (c, v) => c with { Compliance = c.Compliance with { SecurityReview = v } }),

        // 4.6 Submission package.
        Url("prototypeUrl", WizardStep.Package, true, c => c.Package.PrototypeUrl, (c, v) => c with { Package = c.Package with { PrototypeUrl = v } }),
        Url("documentationUrl", WizardStep.Package, true, c => c.Package.DocumentationUrl, (c, v) => c with { Package = c.Package with { DocumentationUrl = v } }),
        LongText("businessStakes", WizardStep.Package, LongTextLength, true, c => c.Package.BusinessStakes, (c, v) => c with { Package = c.Package with { BusinessStakes = v } }),
        Lines("datasets", WizardStep.Package, false, c => c.Package.Datasets, (c, v) => c with { Package = c.Package with { Datasets = v } }),
        Text("hubOwner", WizardStep.Package, LineLength, true, c => c.Package.HubOwner, (c, v) => c with { Package = c.Package with { HubOwner = v } }),
        Text("businessSponsor", WizardStep.Package, LineLength, true, c => c.Package.BusinessSponsor, (c, v) => c with { Package = c.Package with { BusinessSponsor = v } }),
    ];

    private static readonly Dictionary<string, UseCaseField> ById = All.ToDictionary(f => f.Id, StringComparer.Ordinal);

    public static UseCaseField? Find(string id) => ById.GetValueOrDefault(id);

    public static IReadOnlyList<UseCaseField> Of(WizardStep step) => [.. All.Where(f => f.Step == step)];

    /// <summary>Builds content from canonical values (storage); values that no longer pass a rule are dropped rather than trusted.</summary>
    public static UseCaseContent Read(IReadOnlyDictionary<string, string?> values)
    {
        var content = UseCaseContent.Empty;
        foreach (var field in All)
        {
            if (!values.TryGetValue(field.Id, out var raw) || field.TryCanonical(raw, out var canonical) is not null) continue;
            content = field.WithValue(content, canonical);
        }
        return content;
    }

    private static UseCaseField Text(string id, WizardStep step, int maxLength, bool required, Func<UseCaseContent, string?> read, Func<UseCaseContent, string?, UseCaseContent> write) =>
        new(id, step, FieldKind.Text, required, read, write, maxLength: maxLength);

    private static UseCaseField LongText(string id, WizardStep step, int maxLength, bool required, Func<UseCaseContent, string?> read, Func<UseCaseContent, string?, UseCaseContent> write,
        Func<UseCaseContent, bool>? requiredWhen = null) =>
        new(id, step, FieldKind.LongText, required, read, write, maxLength: maxLength, requiredWhen: requiredWhen);

    private static UseCaseField Url(string id, WizardStep step, bool required, Func<UseCaseContent, string?> read, Func<UseCaseContent, string?, UseCaseContent> write) =>
        new(id, step, FieldKind.Url, required, read, write, maxLength: UrlLength);

    private static UseCaseField Choice<T>(string id, WizardStep step, bool required, Func<UseCaseContent, T?> read, Func<UseCaseContent, T?, UseCaseContent> write,
        Func<UseCaseContent, bool>? requiredWhen = null) where T : struct, Enum =>
        new(id, step, FieldKind.Choice, required,
            c => read(c)?.ToString(),
            (c, v) => write(c, v is null ? null : Enum.Parse<T>(v)),
            options: Enum.GetNames<T>(), requiredWhen: requiredWhen);

    private static UseCaseField MultiChoice<T>(string id, WizardStep step, bool required, Func<UseCaseContent, ValueList<T>> read, Func<UseCaseContent, ValueList<T>, UseCaseContent> write)
        where T : struct, Enum =>
        new(id, step, FieldKind.MultiChoice, required,
            c => read(c).Count == 0 ? null : string.Join(',', read(c)),
            (c, v) => write(c, v is null ? [] : [.. v.Split(',').Select(Enum.Parse<T>)]),
            options: Enum.GetNames<T>());

    private static UseCaseField Lines(string id, WizardStep step, bool required, Func<UseCaseContent, ValueList<string>> read, Func<UseCaseContent, ValueList<string>, UseCaseContent> write) =>
        new(id, step, FieldKind.Lines, required,
            c => read(c).Count == 0 ? null : string.Join('\n', read(c)),
            (c, v) => write(c, v is null ? [] : [.. v.Split('\n')]),
            maxLength: LineLength, maxItems: MaxListItems);
}
