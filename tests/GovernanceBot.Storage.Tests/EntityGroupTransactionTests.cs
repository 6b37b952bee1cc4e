using GovernanceBot.Storage.AzureTables;

namespace GovernanceBot.Storage.Tests;

/// <summary>Parsing of $batch answers in the shape the Table service documents (the Azurite runs cover its own shape).</summary>
public sealed class EntityGroupTransactionTests
{
    [Fact]
    public void Failed_changeset_reports_the_index_from_the_error_message()
    {
        const string response =
            "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_2\r\n\r\n" +
            "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
            "HTTP/1.1 412 Precondition Failed\r\nX-Content-Type-Options: nosniff\r\nContent-Type: application/json;odata=minimalmetadata;charset=utf-8\r\n\r\n" +
            "{\"odata.error\":{\"code\":\"UpdateConditionNotSatisfied\",\"message\":{\"lang\":\"en-US\",\"value\":\"3:The update condition specified in the request was not satisfied.\\nRequestId:x\"}}}\r\n" +
            "--changesetresponse_2--\r\n--batchresponse_1--\r\n";

        var failure = EntityGroupTransaction.FindFailure(response);

        Assert.NotNull(failure);
        Assert.Equal(3, failure.Value.Index);
        Assert.Equal(412, failure.Value.Error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", failure.Value.Error.Code);
        Assert.StartsWith("The update condition", failure.Value.Error.Message);
    }

    [Fact]
    public void Successful_changeset_reports_no_failure()
    {
        const string response =
            "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_2\r\n\r\n" +
            "--changesetresponse_2\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 204 No Content\r\nETag: W/\"1\"\r\n\r\n\r\n" +
            "--changesetresponse_2\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 201 Created\r\nETag: W/\"2\"\r\n\r\n{}\r\n" +
            "--changesetresponse_2--\r\n--batchresponse_1--\r\n";

        Assert.Null(EntityGroupTransaction.FindFailure(response));
    }
}
