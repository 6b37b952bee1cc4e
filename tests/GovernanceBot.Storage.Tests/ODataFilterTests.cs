using GovernanceBot.Storage;
using GovernanceBot.Storage.AzureTables;

namespace GovernanceBot.Storage.Tests;

public sealed class ODataFilterTests
{
    public static TheoryData<object, string> Literals => new()
    {
        { "O'Neil", "'O''Neil'" },
        { 42, "42" },
        { 123L, "123L" },
        { 2.0, "2.0" },
        { -3.0, "-3.0" },
        { 1.5e300, "1.5E+300" },
        { 0.25, "0.25" },
        { true, "true" },
        { new DateTimeOffset(2025, 1, 2, 4, 4, 5, TimeSpan.FromHours(1)).AddTicks(1234567), "datetime'2025-01-02T03:04:05.1234567Z'" },
        { new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Unspecified), "datetime'2025-01-02T03:04:05Z'" },
        { Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), "guid'0f8fad5b-d9cb-469f-a165-70867728950e'" },
        { new byte[] { 0x0a, 0xff }, "X'0AFF'" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void Values_become_typed_odata_literals(object value, string expected)
    {
        Assert.Equal(expected, ODataFilter.Literal(value));
    }

    [Fact]
    public void Query_combines_partition_row_range_and_property_filter()
    {
        var query = new TableQuery
        {
            PartitionKey = "hub'1",
            RowKeyFrom = "a",
            RowKeyTo = "b",
            Filter = TableFilter.Equal("Status", "Open").Or(TableFilter.GreaterThan("Score", 3).And(TableFilter.NotEqual("Archived", true))),
        };

        Assert.Equal(
            "PartitionKey eq 'hub''1' and RowKey ge 'a' and RowKey lt 'b' and ((Status eq 'Open') or ((Score gt 3) and (Archived ne true)))",
            ODataFilter.For(query));
    }

    [Fact]
    public void Query_without_conditions_has_no_filter()
    {
        Assert.Null(ODataFilter.For(new TableQuery()));
    }
}
