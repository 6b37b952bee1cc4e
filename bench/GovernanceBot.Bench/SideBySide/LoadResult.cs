using System.Text.Json.Serialization;

namespace GovernanceBot.Bench.SideBySide;

/// <summary>One load run as the generator reports it: requests answered per second, latency percentiles in ms, failures.</summary>
public sealed record LoadResult(
    [property: JsonPropertyName("requests")] long Requests,
    [property: JsonPropertyName("rps")] double RequestsPerSecond,
    [property: JsonPropertyName("p50")] double P50,
    [property: JsonPropertyName("p99")] double P99,
    [property: JsonPropertyName("errors")] long Errors,
    [property: JsonPropertyName("non2xx")] long Non2xx)
{
    public bool Clean => Errors == 0 && Non2xx == 0 && Requests > 0;
}
