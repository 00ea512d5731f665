using System.CommandLine;
using System.Globalization;
using System.Text;
using PreSales.Cli;
using PreSales.Cli.Check;
using PreSales.Cli.Deck;
using PreSales.Cli.Doc;
using PreSales.Cli.Keys;
using PreSales.Cli.Review;

Console.OutputEncoding = Encoding.UTF8;
// Files and reports read the same on every machine: "12.5 minutes", ISO dates. The user's UI language still picks
// Chinese or English (CommandLine.DefaultLanguage reads the UI culture, which stays as it is).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var root = new RootCommand("presales — 售前方法论工具:检查交易、生成 PPT 与 Word 文档、评审 PPT / the pre-sales method on the command line")
{
    CheckCommand.Create(),
    DeckCommand.Create(),
    DocCommand.Create(),
    MinutesCommand.Create(),
    SchemaCommand.Create(),
    ReviewCommand.Create(),
    KeysCommand.Create(),
};
return CommandLine.Run(root, args);
