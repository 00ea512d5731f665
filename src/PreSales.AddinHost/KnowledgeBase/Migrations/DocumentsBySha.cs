using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PreSales.AddinHost.KnowledgeBase.Migrations;

/// <summary>
/// An index by team and content hash, so a file made again unchanged is found kept (<see cref="DocumentArchive.StoreAsync"/>)
/// without reading the team's documents. The same SQL on both providers.
/// </summary>
[DbContext(typeof(KnowledgeDb))]
[Migration("20261202040000_DocumentsBySha")]
public sealed class DocumentsBySha : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""CREATE INDEX ix_kb_documents_sha ON kb_documents ("TeamId", "Sha256");""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP INDEX ix_kb_documents_sha;");
    }
}
