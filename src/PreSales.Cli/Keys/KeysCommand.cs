using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using PreSales.AddinHost.Security;
using PreSales.AddinHost.Storage;
using PreSales.DocGen.Deals;

namespace PreSales.Cli.Keys;

/// <summary>
/// <c>presales keys create|list|revoke</c>: the host's API keys, in the database the host uses (the same configuration:
/// <c>--database</c>, <c>--connection</c>, <c>--data-folder</c>, or the environment's <c>PreSales__Database</c>,
/// <c>ConnectionStrings__PreSales</c>, <c>PreSales__DataFolder</c>). A key is shown once, when it is made; the database
/// keeps only its SHA-256.
/// </summary>
internal static class KeysCommand
{
    private static readonly Option<string?> Database = new("--database") { Description = "sqlite | postgres（默认 sqlite / default sqlite）" };
    private static readonly Option<string?> Connection = new("--connection") { Description = "数据库连接字符串 / the database connection string" };
    private static readonly Option<string?> DataFolder = new("--data-folder") { Description = "主机的数据目录 / the host's data folder" };

    public static Command Create()
    {
        var command = new Command("keys", "管理主机的 API 密钥 / manage the host's API keys");
        command.Subcommands.Add(CreateKey());
        command.Subcommands.Add(ListKeys());
        command.Subcommands.Add(RevokeKey());
        return command;
    }

    private static Command CreateKey()
    {
        var team = new Option<string>("--team") { Description = "密钥所属团队 / the team the key acts for", Required = true };
        var name = new Option<string>("--name") { Description = "密钥名称（谁在用） / a name saying who uses it", Required = true };
        var command = new Command("create", "新建密钥（只显示一次） / make a key (shown once)") { team, name };
        AddDatabaseOptions(command);
        command.SetAction((parse, cancellationToken) => WithDatabase(parse, async db =>
        {
            var (teamId, keyName) = (parse.GetValue(team)!.Trim(), parse.GetValue(name)!.Trim());
            if (teamId.Length == 0 || keyName.Length == 0)
            {
                Console.Error.WriteLine(Pick("presales keys create: --team 和 --name 不能为空。", "presales keys create: --team and --name must not be empty."));
                return CommandLine.Unusable;
            }
            var created = await ApiKeys.CreateAsync(db, teamId, keyName, TimeProvider.System, cancellationToken);
            Console.Out.WriteLine(created.Key);
            Console.Error.WriteLine(Pick(
                $"已为团队 {created.Record.TeamId} 新建密钥 {created.Record.Id}（{created.Record.Name}）。密钥只显示这一次，请妥善保存；请求时放在 X-Api-Key 头中。",
                $"made key {created.Record.Id} ({created.Record.Name}) for team {created.Record.TeamId}. It is shown only this once: keep it safe; send it as the X-Api-Key header."));
            return CommandLine.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command ListKeys()
    {
        var team = new Option<string?>("--team") { Description = "只列出这个团队的密钥 / only this team's keys" };
        var command = new Command("list", "列出密钥（不含密钥本身） / list the keys (never the keys themselves)") { team };
        AddDatabaseOptions(command);
        command.SetAction((parse, cancellationToken) => WithDatabase(parse, async db =>
        {
            var keys = await ApiKeys.ListAsync(db, parse.GetValue(team), cancellationToken);
            Console.Out.WriteLine(string.Join('\t', "id", "team", "name", "prefix", "created", "revoked"));
            foreach (var key in keys)
            {
                Console.Out.WriteLine(string.Join('\t', key.Id, key.TeamId, key.Name, key.Prefix + "…", Time(key.CreatedAt), key.RevokedAt is { } r ? Time(r) : "-"));
            }
            return CommandLine.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command RevokeKey()
    {
        var id = new Argument<string>("id") { Description = "密钥的 id（见 keys list） / the key's id (see keys list)" };
        var command = new Command("revoke", "吊销密钥，立即生效 / revoke a key, at once") { id };
        AddDatabaseOptions(command);
        command.SetAction((parse, cancellationToken) => WithDatabase(parse, async db =>
        {
            var text = parse.GetValue(id)!;
            if (!Guid.TryParse(text, out var guid) || !await ApiKeys.RevokeAsync(db, guid, TimeProvider.System, cancellationToken))
            {
                Console.Error.WriteLine(Pick($"presales keys revoke: 没有 id 为 {text} 的密钥。", $"presales keys revoke: no key with id {text}."));
                return CommandLine.Unusable;
            }
            Console.Error.WriteLine(Pick($"已吊销密钥 {guid}。", $"revoked key {guid}."));
            return CommandLine.Ok;
        }, cancellationToken));
        return command;
    }

    private static void AddDatabaseOptions(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(Connection);
        command.Options.Add(DataFolder);
    }

    // The host's own configuration rules (DatabaseSettings), from the environment and the options.
    private static async Task<int> WithDatabase(ParseResult parse, Func<KeyDb, Task<int>> run, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(Database) is { } database)
            overrides["PreSales:Database"] = database;
        if (parse.GetValue(Connection) is { } connection)
            overrides["ConnectionStrings:PreSales"] = connection;
        if (parse.GetValue(DataFolder) is { } folder)
            overrides["PreSales:DataFolder"] = folder;
        DatabaseSettings settings;
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
            settings = DatabaseSettings.From(configuration);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"presales keys: {e.Message}");
            return CommandLine.Unusable;
        }
        try
        {
            // SQLite: the host makes its tables as it starts; the command may run first. PostgreSQL: the migrate command.
            if (!settings.IsPostgres)
                await ApiKeys.MigrateAsync(settings, cancellationToken);
            await using var db = KeyDb.Open(settings);
            return await run(db);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            Console.Error.WriteLine(Pick($"presales keys: 无法使用数据库（{settings.Provider}）：{Root(e).Message}（PostgreSQL 请先运行 migrate 命令）",
                $"presales keys: cannot use the database ({settings.Provider}): {Root(e).Message} (on PostgreSQL run the migrate command first)"));
            return CommandLine.Unusable;
        }
    }

    private static Exception Root(Exception e) => e.InnerException is { } inner ? Root(inner) : e;

    private static string Time(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Pick(string chinese, string english) => CommandLine.DefaultLanguage == DealLanguage.ZhCN ? chinese : english;
}
