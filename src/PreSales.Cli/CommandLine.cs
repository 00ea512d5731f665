using System.CommandLine;
using System.Globalization;
using PreSales.Cli.Check;
using PreSales.Cli.Deck;
using PreSales.Cli.Doc;
using PreSales.Cli.Keys;
using PreSales.Cli.Review;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Packaging;

namespace PreSales.Cli;

/// <summary>What every command shares: exit codes, the message language, and one place that turns surprises into exit 2.</summary>
internal static class CommandLine
{
    /// <summary>The command did its work and found nothing that blocks.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and found what the user asked it to fail on (blocking gaps, findings).</summary>
    public const int Findings = 1;

    /// <summary>The input could not be used.</summary>
    public const int Unusable = 2;

    /// <summary>The language for messages before a deal says its own: PRESALES_LANG, then the system's UI culture.</summary>
    public static DealLanguage DefaultLanguage
    {
        get
        {
            var name = Environment.GetEnvironmentVariable("PRESALES_LANG") ?? CultureInfo.CurrentUICulture.Name;
            if (string.IsNullOrEmpty(name) || CultureInfo.CurrentUICulture.Equals(CultureInfo.InvariantCulture) && Environment.GetEnvironmentVariable("PRESALES_LANG") is null)
                return DealLanguage.ZhCN;
            return name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? DealLanguage.EnUS : DealLanguage.ZhCN;
        }
    }

    /// <summary>Every command of <c>presales</c>, its texts in the language given.</summary>
    public static RootCommand Root(DealLanguage language)
    {
        var root = new RootCommand("presales — 售前方法论工具：检查交易、生成 PPT 与 Word 文档、评审 PPT / the pre-sales method on the command line")
        {
            CheckCommand.Create(),
            DeckCommand.Create(),
            DocCommand.Create(),
            MinutesCommand.Create(),
            SchemaCommand.Create(),
            ReviewCommand.Create(),
            KeysCommand.Create(),
        };
        CommandLineText.Localize(root, language);
        return root;
    }

    /// <summary>
    /// Runs the command line. The parser's own messages and help follow the message language (PRESALES_LANG, else the
    /// system's), as every other message does. A failure no command foresaw becomes one line on stderr and exit 2,
    /// never a stack trace: a user cannot act on one, and set PRESALES_DEBUG=1 to see it when reporting a bug.
    /// </summary>
    public static int Run(string[] args)
    {
        var language = DefaultLanguage;
        return Run(Root(language), args, language);
    }

    private static int Run(RootCommand root, string[] args, DealLanguage language)
    {
        try
        {
            var parsed = root.Parse(args);
            // First: an option taken for a file is why any other error follows (the file after it is then "unrecognized").
            if (UnknownOption(parsed) is { } unknown)
            {
                Console.Error.WriteLine(language == DealLanguage.ZhCN
                    ? $"presales: 未知选项 {unknown}（以 - 开头的文件名请写成 ./{unknown} 或放在 -- 之后）"
                    : $"presales: unknown option {unknown} (a file whose name starts with - is written ./{unknown} or after --)");
                Console.Error.WriteLine(language == DealLanguage.ZhCN ? "用法见 presales --help" : "see presales --help");
                return Unusable;
            }
            if (parsed.Errors.Count > 0)
            {
                // A malformed command line is unusable input (exit 2), not a finding (exit 1).
                foreach (var error in parsed.Errors)
                    Console.Error.WriteLine($"presales: {CommandLineText.ParseError(error.Message, language)}");
                Console.Error.WriteLine(language == DealLanguage.ZhCN ? "用法见 presales --help" : "see presales --help");
                return Unusable;
            }
            if (parsed.Action is System.CommandLine.Help.HelpAction)
            {
                // The parser's help headings are English (its resources ship in English only): worded here instead.
                var help = new StringWriter();
                var code = parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = help });
                Console.Out.Write(CommandLineText.Help(help.ToString(), language));
                return code;
            }
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OutputFileException e)
        {
            return CannotWrite(e, DefaultLanguage);
        }
#pragma warning disable CA1031 // the one place every unforeseen failure is turned into a message
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"presales: {e.Message}");
            if (Environment.GetEnvironmentVariable("PRESALES_DEBUG") == "1")
                Console.Error.WriteLine(e);
            return Unusable;
        }
    }

    /// <summary>
    /// A token that looks like an option (<c>-q</c>, <c>--quiet</c>) but that the parser took as a command's argument,
    /// because the command takes any number of files: never a file to read or to make. Null when there is none; tokens
    /// after <c>--</c> are arguments as written.
    /// </summary>
    internal static string? UnknownOption(ParseResult parsed)
    {
        var arguments = new List<System.CommandLine.Parsing.Token>();
        for (var command = parsed.CommandResult; command is not null; command = command.Parent as System.CommandLine.Parsing.CommandResult)
            foreach (var argument in command.Children.OfType<System.CommandLine.Parsing.ArgumentResult>())
                arguments.AddRange(argument.Tokens);
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == System.CommandLine.Parsing.TokenType.DoubleDash)
                return null;
            if (token.Value.Length > 1 && token.Value[0] == '-' && arguments.Exists(a => ReferenceEquals(a, token)))
                return token.Value;
        }
        return null;
    }

    /// <summary>Prints why an output file was not written, naming it; the exit code for unusable input.</summary>
    public static int CannotWrite(OutputFileException e, DealLanguage language)
    {
        ArgumentNullException.ThrowIfNull(e);
        Console.Error.WriteLine($"presales: {e.Describe(language == DealLanguage.ZhCN)}");
        return Unusable;
    }

    /// <summary>Prints deal-file problems, one per line, with their JSON paths.</summary>
    public static void PrintProblems(string file, IEnumerable<DealProblem> problems)
    {
        foreach (var problem in problems)
            Console.Error.WriteLine($"{file}: {problem.Path}: {problem.Message}");
    }

    /// <summary>Loads a deal or prints why it cannot be loaded.</summary>
    public static Deal? LoadDeal(string path)
    {
        var load = DealReader.ReadFile(path, DefaultLanguage);
        if (load.IsValid)
            return load.Deal;
        PrintProblems(path, load.Problems);
        return null;
    }
}
