using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.Catalogue;

/// <summary>The registry's use cases as the Q&A catalogue sees them.</summary>
public sealed class RegistryUseCasesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private static UseCase Registered(UseCaseState state, ProductionFacts? production = null) => new()
    {
        Id = Guid.Parse("7c1a0d52-0001-4c1e-8a51-0000000000aa"),
        Number = new UseCaseNumber(2026, 42),
        HubId = "banque",
        SubmitterKey = "aad:1",
        SubmitterName = "Camille Martin",
        State = state,
        StateSince = Now,
        Revision = 3,
        CreatedAt = Now,
        UpdatedAt = Now,
        Production = production ?? ProductionFacts.None,
        Content = UseCaseContent.Empty with
        {
            Value = new ValueScreen { Title = "Alerte attrition clients", Summary = "Repérer les clients sur le départ." },
            Scope = new ScopeOfWork { DataRequired = "Transactions des comptes", ProblemStatement = "Départs vus trop tard." },
            Compliance = new ComplianceAndRisk { PersonalData = YesNo.Yes },
            Package = new SubmissionPackage { Datasets = ["DS-TRANSACTIONS", "contacts-agence"], HubOwner = "Claire Martin" },
        },
    };

    [Fact]
    public void A_use_case_in_production_is_catalogued_under_its_number_with_its_data_and_support_address()
    {
        var record = RegistryUseCases.ToCatalogue(Registered(UseCaseState.InProduction, new ProductionFacts { SupportContact = "support-attrition@example.org" }), "Banque de détail");

        Assert.NotNull(record);
        Assert.Equal("UC-2026-0042", record.Id);
        Assert.Equal("Alerte attrition clients", record.Name);
        Assert.Equal(UseCaseStatus.InProduction, record.Status);
        Assert.Equal("Banque de détail", record.Hub);
        Assert.Equal("support-attrition@example.org", record.ContactEmail);
        Assert.Equal(["DS-TRANSACTIONS", "contacts-agence"], record.DatasetsUsed);
        Assert.True(record.UsesPersonalData);
        Assert.Contains("Départs vus trop tard.", record.Description, StringComparison.Ordinal);
        Assert.Equal(RegistryUseCases.Source, record.Source);
    }

    [Fact]
    public void Without_a_support_address_the_hub_owner_is_the_contact()
    {
        var record = RegistryUseCases.ToCatalogue(Registered(UseCaseState.Submitted), "Banque de détail");

        Assert.Equal("Claire Martin", record!.ContactName);
        Assert.Equal("", record.ContactEmail);
    }

    [Fact]
    public void Drafts_stay_out_of_the_catalogue()
    {
        Assert.Null(RegistryUseCases.ToCatalogue(Registered(UseCaseState.Draft), "Banque de détail"));
    }

    [Theory]
    [InlineData(UseCaseState.Submitted, UseCaseStatus.InDevelopment)]
    [InlineData(UseCaseState.Prioritised, UseCaseStatus.InDevelopment)]
    [InlineData(UseCaseState.InIndustrialisation, UseCaseStatus.Pilot)]
    [InlineData(UseCaseState.InValidation, UseCaseStatus.Pilot)]
    [InlineData(UseCaseState.InProduction, UseCaseStatus.InProduction)]
    [InlineData(UseCaseState.Rejected, UseCaseStatus.Retired)]
    [InlineData(UseCaseState.Retired, UseCaseStatus.Retired)]
    public void Workflow_states_fold_into_catalogue_statuses(UseCaseState state, UseCaseStatus status)
    {
        Assert.Equal(status, RegistryUseCases.StatusOf(state));
    }
}
