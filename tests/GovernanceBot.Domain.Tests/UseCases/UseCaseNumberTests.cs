using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.UseCases;

public class UseCaseNumberTests
{
    [Theory]
    [InlineData(2026, 42, "UC-2026-0042")]
    [InlineData(2026, 1, "UC-2026-0001")]
    [InlineData(2027, 12345, "UC-2027-12345")]
    public void Numbers_read_as_year_and_at_least_four_digit_sequence(int year, int sequence, string text)
    {
        Assert.Equal(text, new UseCaseNumber(year, sequence).ToString());
        Assert.Equal(new UseCaseNumber(year, sequence), UseCaseNumber.TryParse(text));
    }

    [Theory]
    [InlineData("uc-2026-42", 2026, 42)]
    [InlineData("  UC-2026-0042 ", 2026, 42)]
    public void Typed_ids_are_understood_in_any_case_and_without_leading_zeros(string text, int year, int sequence)
    {
        Assert.Equal(new UseCaseNumber(year, sequence), UseCaseNumber.TryParse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("UC-26-0042")]
    [InlineData("UC-2026-0000")]
    [InlineData("UC-2026-")]
    [InlineData("2026-0042")]
    [InlineData("UC-2026-0042; drop")]
    public void Anything_else_is_not_a_number(string? text)
    {
        Assert.Null(UseCaseNumber.TryParse(text));
    }
}
