namespace GovernanceBot.Tests.Maturity;

/// <summary>Two answer sets whose scores were worked out by hand from DESIGN.md's scheme.</summary>
internal static class MaturityAnswers
{
    /// <summary>
    /// Data 9/16 (no lineage 0, ETL 2, BI 2, warehouse 1, BI success 7 → 2, AI under a year 1, governance 1),
    /// data science 5/9 (POC 2, product 0, 1–2 projects 1, analyst 2), business 6/8 (1, 2, 1, 2):
    /// 20 / 33 = 61 %, second bracket.
    /// </summary>
    public static readonly Dictionary<string, string> First = new()
    {
        ["lineage"] = "no",
        ["etl-tool"] = "yes",
        ["bi-practice"] = "yes",
        ["data-warehouse"] = "partly",
        ["bi-success"] = "7",
        ["ai-practice-age"] = "under-1-year",
        ["data-governance"] = "partly",
        ["ai-poc"] = "yes",
        ["ai-product"] = "no",
        ["ai-projects"] = "1-2",
        ["data-analyst"] = "yes",
        ["data-driven"] = "partly",
        ["leadership-support"] = "yes",
        ["it-support"] = "partly",
        ["business-interest"] = "yes",
    };

    /// <summary>The first set with lineage (+2), an AI product (+2) and IT support (+1): 25 / 33 = 76 %, data 11, data science 7, business 7.</summary>
    public static readonly Dictionary<string, string> Second = new(First)
    {
        ["lineage"] = "yes",
        ["ai-product"] = "yes",
        ["it-support"] = "yes",
    };
}
