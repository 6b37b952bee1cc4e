using GovernanceBot.Domain.Newsletter.Facts;

namespace GovernanceBot.Domain.Tests.Newsletter;

public class FactCheckTests
{
    private const string FrenchSection =
        "Le modèle de churn du hub Retail (UC-2026-0042) est en production depuis le 12/03/2026. " +
        "Il a réduit l'attrition de 3,5 % sur 12 000 clients. Contact : Marie Dupont, marie.dupont@example.org.";

    private const string EnglishSection =
        "The Retail hub's churn model (UC-2026-0042) went live on March 12, 2026. " +
        "It cut attrition by 3.5% across 12,000 customers. Contact: Marie Dupont, marie.dupont@example.org.";

    [Theory]
    [InlineData("Depuis le 12 mars 2026, le hub Retail fait tourner en production son modèle de churn (UC-2026-0042) : " +
                "attrition réduite de 3,5 % sur 12000 clients. Contactez Marie Dupont (marie.dupont@example.org).")]
    [InlineData("En production depuis le 2026-03-12, le modèle de churn UC-2026-0042 du hub retail a fait baisser l'attrition " +
                "de 3,5 % chez 12 000 clients. Une question ? Marie Dupont, marie.dupont@example.org.")]
    public void A_french_rewrite_that_only_rewords_keeps_every_fact(string rewrite)
    {
        var result = FactCheck.Compare(FrenchSection, rewrite, Language.French);

        Assert.True(result.Preserved, Describe(result));
    }

    [Fact]
    public void An_english_rewrite_that_only_rewords_keeps_every_fact()
    {
        const string rewrite = "Since 12 March 2026 the churn model of the Retail hub (UC-2026-0042) has been in production, " +
                               "cutting attrition by 3.5 % for 12 000 customers. Questions go to Marie Dupont at marie.dupont@example.org.";

        var result = FactCheck.Compare(EnglishSection, rewrite, Language.English);

        Assert.True(result.Preserved, Describe(result));
    }

    [Theory]
    [InlineData("3,5 %", "4 %", "3,5")]
    [InlineData("12 000 clients", "1 200 clients", "12 000")]
    public void A_french_rewrite_that_changes_a_number_is_refused_naming_the_lost_number(string from, string to, string lost)
    {
        var result = FactCheck.Compare(FrenchSection, FrenchSection.Replace(from, to, StringComparison.Ordinal), Language.French);

        Assert.False(result.Preserved);
        Assert.Contains(result.Missing, f => f.Kind == FactKind.Number && f.Text == lost);
        Assert.Contains(result.Added, f => f.Kind == FactKind.Number);
    }

    [Fact]
    public void An_english_rewrite_that_changes_a_number_is_refused()
    {
        var result = FactCheck.Compare(EnglishSection, EnglishSection.Replace("12,000", "120,000", StringComparison.Ordinal), Language.English);

        Assert.Equal(["12,000"], result.Missing.Select(f => f.Text));
        Assert.Equal(["120,000"], result.Added.Select(f => f.Text));
    }

    [Theory]
    [InlineData("le 12/03/2026", "le 13/03/2026")]
    [InlineData("le 12/03/2026", "le 12 avril 2026")]
    [InlineData("le 12/03/2026", "le 12/03/2025")]
    public void A_french_rewrite_that_moves_a_date_is_refused(string from, string to)
    {
        var result = FactCheck.Compare(FrenchSection, FrenchSection.Replace(from, to, StringComparison.Ordinal), Language.French);

        Assert.Contains(result.Missing, f => f.Kind == FactKind.Date && f.Text == "12/03/2026");
    }

    [Fact]
    public void An_english_rewrite_that_moves_a_date_to_another_month_is_refused()
    {
        var result = FactCheck.Compare(EnglishSection, EnglishSection.Replace("March 12", "May 12", StringComparison.Ordinal), Language.English);

        Assert.Contains(result.Missing, f => f.Kind == FactKind.Date);
        Assert.Contains(result.Added, f => f.Kind == FactKind.Date && f.Text.StartsWith("May 12", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_may_lose_its_year_but_not_gain_another()
    {
        Assert.True(FactCheck.Compare("Atelier le 5 juin 2026.", "Atelier le 5 juin.", Language.French).Preserved);
        Assert.False(FactCheck.Compare("Atelier le 5 juin.", "Atelier le 5 juin 2027.", Language.French).Preserved);
    }

    [Theory]
    [InlineData("Marie Dupont", "Marie Durand", "Dupont")]
    [InlineData("hub Retail", "hub Logistique", "Retail")]
    public void A_french_rewrite_that_changes_a_name_is_refused(string from, string to, string lost)
    {
        var result = FactCheck.Compare(FrenchSection, FrenchSection.Replace(from, to, StringComparison.Ordinal), Language.French);

        Assert.Contains(result.Missing, f => f.Kind == FactKind.Name && f.Text.Contains(lost, StringComparison.Ordinal));
    }

    [Fact]
    public void An_english_rewrite_that_drops_the_contact_is_refused()
    {
        var rewrite = "The Retail hub's churn model (UC-2026-0042) went live on March 12, 2026, cutting attrition by 3.5% across 12,000 customers.";

        var result = FactCheck.Compare(EnglishSection, rewrite, Language.English);

        Assert.Contains(result.Missing, f => f.Kind == FactKind.Name && f.Text == "Marie Dupont");
        Assert.Contains(result.Missing, f => f.Kind == FactKind.Link && f.Text == "marie.dupont@example.org");
    }

    [Fact]
    public void A_rewrite_that_invents_a_person_is_refused()
    {
        var result = FactCheck.Compare("Merci à l'équipe du hub Retail.", "Merci à l'équipe du hub Retail et à Paul Martin.", Language.French);

        Assert.Equal(["Paul Martin"], result.Added.Select(f => f.Text));
    }

    [Fact]
    public void A_changed_identifier_or_link_is_refused()
    {
        var result = FactCheck.Compare(
            "Voir UC-2026-0042 et https://wiki.example.org/churn.",
            "Voir UC-2026-0043 et https://wiki.example.org/churn-v2.",
            Language.French);

        Assert.Equal(["https://wiki.example.org/churn", "UC-2026-0042"], result.Missing.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Trois cas d'usage sont passés en production.", "3 cas d'usage ont rejoint la production.", Language.French)]
    [InlineData("3 use cases went live.", "Three use cases reached production.", Language.English)]
    public void A_small_number_may_be_written_in_words_either_way(string original, string rewrite, Language language)
    {
        Assert.True(FactCheck.Compare(original, rewrite, language).Preserved);
    }

    [Fact]
    public void A_full_name_opening_a_sentence_is_still_a_name()
    {
        var result = FactCheck.Compare("Marie Dupont a présenté le modèle.", "Le modèle a été présenté par Marie Durand.", Language.French);

        Assert.Equal(["Marie Dupont"], result.Missing.Select(f => f.Text));
    }

    [Fact]
    public void Capitals_that_only_start_sentences_are_not_names()
    {
        var result = FactCheck.Compare(
            "Bravo à tous. Les ateliers reprennent. Merci !",
            "Les ateliers reprennent : bravo et merci à tous.",
            Language.French);

        Assert.True(result.Preserved, Describe(result));
    }

    [Fact]
    public void A_name_may_change_case_or_accents_but_not_disappear()
    {
        Assert.True(FactCheck.Compare("Félicitations à Élodie Martin.", "Bravo à Elodie Martin !", Language.French).Preserved);
        Assert.False(FactCheck.Compare("Félicitations à Élodie Martin.", "Bravo à Élodie !", Language.French).Preserved);
    }

    [Theory]
    [InlineData("1,5", Language.French, "1.5")]
    [InlineData("1.500", Language.French, "1500")]
    [InlineData("1 500,25", Language.French, "1500.25")]
    [InlineData("1,500", Language.English, "1500")]
    [InlineData("1.5", Language.English, "1.5")]
    [InlineData("1,234,567.50", Language.English, "1234567.5")]
    [InlineData("0042", Language.English, "42")]
    public void Numbers_are_compared_by_value_in_the_text_s_language(string written, Language language, string value)
    {
        var fact = Assert.Single(FactExtractor.Extract($"Total {written} ici", language), f => f.Kind == FactKind.Number);

        Assert.Equal(value, fact.Key);
    }

    [Fact]
    public void Times_and_percentages_keep_their_figures()
    {
        Assert.True(FactCheck.Compare("Tech talk à 14h30, 80 % d'adoption.", "Tech talk à 14:30 ; adoption de 80%.", Language.French).Preserved);
        Assert.False(FactCheck.Compare("Tech talk à 14h30.", "Tech talk à 15h30.", Language.French).Preserved);
    }

    [Fact]
    public void English_modal_may_and_verb_march_are_not_months()
    {
        var facts = FactExtractor.Extract("Teams may march on.", Language.English);

        Assert.DoesNotContain(facts, f => f.Kind == FactKind.Date);
    }

    private static string Describe(FactCheckResult result) =>
        $"missing: {string.Join(" | ", result.Missing.Select(f => $"{f.Kind}:{f.Text}"))}; added: {string.Join(" | ", result.Added.Select(f => $"{f.Kind}:{f.Text}"))}";
}
