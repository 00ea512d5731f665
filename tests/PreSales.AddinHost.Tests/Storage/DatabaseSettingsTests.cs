using Npgsql;
using PreSales.AddinHost.Storage;

namespace PreSales.AddinHost.Tests.Storage;

public sealed class DatabaseSettingsTests
{
    [Fact]
    public void A_postgres_connection_prepares_its_statements_unless_told_otherwise()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseSettings.Prepared("Host=db;Database=presales;Username=u;Password=p"));
        Assert.Equal(32, tuned.MaxAutoPrepare);
        Assert.Equal(2, tuned.AutoPrepareMinUsages);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("p", tuned.Password);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=5", 5)]
    [InlineData("Host=db;max auto prepare=7", 7)]
    public void A_connection_string_that_sets_preparation_is_kept_as_it_is(string given, int expected)
    {
        Assert.Equal(given, DatabaseSettings.Prepared(given));
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(given).MaxAutoPrepare);
    }
}
