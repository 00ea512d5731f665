using System.CommandLine;
using PreSales.DocGen.Deals;

namespace PreSales.Cli.Check;

/// <summary><c>presales schema</c>: prints the JSON Schema of deal files (samples/deal.schema.json is its copy).</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "输出交易文件的 JSON Schema / print the JSON Schema of deal files");
        command.SetAction(_ =>
        {
            Console.Out.Write(DealSchema.Text);
            return CommandLine.Ok;
        });
        return command;
    }
}
