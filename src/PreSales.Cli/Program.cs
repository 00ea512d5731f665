using System.CommandLine;
using System.Text;
using PreSales.Cli;
using PreSales.Cli.Check;
using PreSales.Cli.Deck;
using PreSales.Cli.Doc;
using PreSales.Cli.Review;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("presales — 售前方法论工具:检查交易、生成 PPT 与 Word 文档、评审 PPT / the pre-sales method on the command line")
{
    CheckCommand.Create(),
    DeckCommand.Create(),
    DocCommand.Create(),
    MinutesCommand.Create(),
    SchemaCommand.Create(),
    ReviewCommand.Create(),
};
return CommandLine.Run(root, args);
