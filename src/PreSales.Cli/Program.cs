using System.Globalization;
using System.Text;
using PreSales.Cli;

Console.OutputEncoding = Encoding.UTF8;
// Files and reports read the same on every machine: "12.5 minutes", ISO dates. The user's UI language still picks
// Chinese or English (CommandLine.DefaultLanguage reads the UI culture, which stays as it is).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

return CommandLine.Run(args);
