using GovernanceBot.Domain.Catalogue.Questions;
using Xunit.Abstractions;

namespace GovernanceBot.Domain.Tests.Catalogue;

public sealed class ProbeTests(RealCatalogueFixture fixture, ITestOutputHelper output) : IClassFixture<RealCatalogueFixture>
{
    [Fact]
    public void Probe()
    {
        foreach (var q in File.ReadAllLines("/tmp/questions.txt"))
        {
            if (string.IsNullOrWhiteSpace(q)) continue;
            var a = fixture.Ask(q);
            var u = a.Question;
            output.WriteLine($"Q: {q}\n   lang={u.Language} intent={u.Intent} kind={u.Kind} status={u.Status} pii={u.PersonalData} sens={u.Sensitive} org={u.Organisation?.Value} subject=[{string.Join(" | ", u.Subject.Select(g => g.Word + (g.Alternatives.Count > 0 ? "(" + string.Join(",", g.Alternatives.Take(4)) + ")" : "")))}]");
            output.WriteLine($"   => {a.Kind} total={a.Total} ask={a.AskInstead} :: " + string.Join(" ; ", a.Records.Take(4).Select(r => $"{r.Ref.Id} {r.Name} [{string.Join(",", r.MatchedWords)}]")));
            foreach (var rel in a.Related.Take(3)) output.WriteLine($"      related {rel.Role} {rel.UseCase.Id} {rel.UseCase.Name} sugg={rel.Suggested} {rel.Score:0.00}");
        }
    }
}
