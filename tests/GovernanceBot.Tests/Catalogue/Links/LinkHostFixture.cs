using GovernanceBot.Catalogue;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.TestSupport;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Catalogue.Links;

/// <summary>
/// One bot with the project's sample catalogues plus a few records of an energy department whose use cases
/// describe its datasets (so the import stores suggestions), Bruno in the central team, Chloé admin, Alice
/// without a role.
/// </summary>
public sealed class LinkHostFixture : IAsyncLifetime
{
    public static readonly TestUser Central = TestUser.Bruno;
    public static readonly TestUser Admin = TestUser.Chloe;
    public static readonly TestUser Member = TestUser.Alice;

    public const string EnergyDatasets = """
        id,name,description,owner_organisation,steward_email,sensitivity,update_frequency
        DS-COMPTEURS,Relevés des compteurs électriques,Index horaires de chaque compteur.,Direction Énergie,energie@example.org,restricted,hourly
        DS-RESEAU,Incidents du réseau électrique,Pannes et coupures signalées.,Direction Énergie,energie@example.org,public,daily
        """;

    public const string EnergyUseCases = """
        id,name,organisation,organisation_name,status,contact_email,data_description
        NRJ-PREVISION,Prévision de la consommation,NRJ,Direction Énergie,pilot,prevision@example.org,Relevés horaires des compteurs électriques et météo.
        NRJ-FACTURE,Détection d'anomalies de facturation,NRJ,Direction Énergie,in production,facture@example.org,Factures et relevés des compteurs électriques.
        NRJ-MAINT,Maintenance prédictive du réseau,NRJ,Direction Énergie,pilot,maint@example.org,Incidents du réseau électrique et interventions.
        """;

    public BotTestHost Host { get; } = new(new Dictionary<string, string?>
    {
        ["Roles:Admins:0"] = Admin.AadObjectId,
        ["Roles:CentralTeam:0"] = Central.AadObjectId,
    });

    public async Task InitializeAsync()
    {
        await CatalogueHostFixture.ImportSamplesAsync(Host);
        var runner = Host.Services.GetRequiredService<CatalogueImportRunner>();
        await runner.ImportAsync(CatalogueKind.Datasets, Csv(EnergyDatasets), "energie-datasets.csv", null, CancellationToken.None);
        await runner.ImportAsync(CatalogueKind.UseCases, Csv(EnergyUseCases), "energie-usecases.csv", null, CancellationToken.None);
    }

    private static MemoryStream Csv(string text) => new(System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n") + "\n"));

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
