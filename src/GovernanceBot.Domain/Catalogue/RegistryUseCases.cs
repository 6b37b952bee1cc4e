using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Catalogue;

/// <summary>
/// The registry's own use cases (submitted through the wizard, moved through the lifecycle) as the Q&A
/// catalogue sees them, next to imported ones: the value screen and scope describe them, the production
/// facts say whom to call, the submission package names the data they use. Drafts stay private.
/// </summary>
public static class RegistryUseCases
{
    /// <summary>The <see cref="CatalogueUseCase.Source"/> of registry records, so they are never mistaken for imports.</summary>
    public const string Source = "registry";

    public static CatalogueUseCase? ToCatalogue(UseCase useCase, string hubName)
    {
        if (useCase.State == UseCaseState.Draft || useCase.Number is not { } number) return null;
        var content = useCase.Content;
        var support = useCase.Production.SupportContact?.Trim() ?? "";
        var supportIsAddress = support.Contains('@');
        return new CatalogueUseCase
        {
            Id = number.ToString(),
            Name = useCase.Title,
            Description = Join(content.Value.Summary, content.Scope.ProblemStatement, content.Scope.BusinessContext),
            Hub = hubName,
            Status = StatusOf(useCase.State),
            ContactName = supportIsAddress ? "" : First(support, content.Package.HubOwner, useCase.SubmitterName),
            ContactEmail = supportIsAddress ? support : "",
            Impact = Join(content.Canvas.ValueProposition, content.Package.BusinessStakes, useCase.Production.KpiValues),
            Outputs = content.Scope.Deliverables ?? "",
            DataDescription = content.Scope.DataRequired ?? "",
            UsesPersonalData = content.Compliance.PersonalData switch { YesNo.Yes => true, YesNo.No => false, _ => null },
            Technique = content.Scope.TechnicalOverview ?? "",
            DatasetsUsed = [.. content.Package.Datasets],
            Source = Source,
            SourceIdentifier = useCase.Id.ToString(),
        };
    }

    /// <summary>The workflow's states folded into the catalogue's coarser status.</summary>
    public static UseCaseStatus StatusOf(UseCaseState state) => state switch
    {
        UseCaseState.InProduction => UseCaseStatus.InProduction,
        UseCaseState.InIndustrialisation or UseCaseState.InValidation => UseCaseStatus.Pilot,
        UseCaseState.Rejected or UseCaseState.Retired => UseCaseStatus.Retired,
        UseCaseState.Draft => UseCaseStatus.Unknown,
        _ => UseCaseStatus.InDevelopment,
    };

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    private static string First(params string?[] candidates) => candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim() ?? "";
}
