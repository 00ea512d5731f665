using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PreSales.AddinHost.Security.Migrations;

/// <summary>The API keys' table, one script per provider.</summary>
[DbContext(typeof(KeyDb))]
[Migration("20261201190000_ApiKeys")]
public sealed class ApiKeySchema : Migration
{
    private const string Sqlite = """
        CREATE TABLE sec_api_keys (
            "Id" TEXT NOT NULL PRIMARY KEY,
            "TeamId" TEXT NOT NULL,
            "Name" TEXT NOT NULL,
            "Hash" TEXT NOT NULL,
            "Prefix" TEXT NOT NULL,
            "CreatedAt" TEXT NOT NULL,
            "RevokedAt" TEXT NULL);
        CREATE UNIQUE INDEX ix_sec_api_keys_hash ON sec_api_keys ("Hash");
        """;

    private const string Postgres = """
        CREATE TABLE sec_api_keys (
            "Id" uuid NOT NULL PRIMARY KEY,
            "TeamId" text NOT NULL,
            "Name" text NOT NULL,
            "Hash" text NOT NULL,
            "Prefix" text NOT NULL,
            "CreatedAt" timestamp with time zone NOT NULL,
            "RevokedAt" timestamp with time zone NULL);
        CREATE UNIQUE INDEX ix_sec_api_keys_hash ON sec_api_keys ("Hash");
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(migrationBuilder.IsNpgsql() ? Postgres : Sqlite);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TABLE sec_api_keys;");
    }
}
