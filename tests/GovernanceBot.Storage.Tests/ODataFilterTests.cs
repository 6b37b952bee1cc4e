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
        { 0.25, "0.25" },
        { true, "true" },
        { new DateTimeOffset(2025, 1, 2, 4, 4, 5, TimeSpan.FromHours(1)), "datetime'2025-01-02T03:04:05.0000000Z'" },
        { Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), "guid'0f8fad5b-d9cb-469f-a165-70867728950e'" },
        { new byte[] { 0x0a, 0xff }, "X'0aff'" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void Values_become_typed_odata_literals(object value, string expected)
    {
        Assert.Equal(expected, EdmJson.Literal(value));
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
