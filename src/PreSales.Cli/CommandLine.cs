using System.CommandLine;
using System.Globalization;
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

    /// <summary>
    /// Runs the parsed command. A failure no command foresaw becomes one line on stderr and exit 2, never a stack
    /// trace: a user cannot act on one, and set PRESALES_DEBUG=1 to see it when reporting a bug.
    /// </summary>
    public static int Run(RootCommand root, string[] args)
    {
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                // A malformed command line is unusable input (exit 2), not a finding (exit 1).
                foreach (var error in parsed.Errors)
                    Console.Error.WriteLine($"presales: {WithoutTypeNames(error.Message)}");
                Console.Error.WriteLine("presales --help");
                return Unusable;
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

    /// <summary>Prints why an output file was not written, naming it; the exit code for unusable input.</summary>
    public static int CannotWrite(OutputFileException e, DealLanguage language)
    {
        ArgumentNullException.ThrowIfNull(e);
        Console.Error.WriteLine($"presales: {e.Describe(language == DealLanguage.ZhCN)}");
        return Unusable;
    }

    // The parser names .NET types ("as expected type 'System.Nullable`1[System.Double]'"): a user needs the value, not the type.
    private static string WithoutTypeNames(string message)
    {
        var typed = System.Text.RegularExpressions.Regex.Match(message, @" as expected type '([^']*)'");
        if (!typed.Success)
            return message;
        var (english, chinese) = typed.Groups[1].Value switch
        {
            var t when t.Contains("Int", StringComparison.Ordinal) => ("a whole number", "整数"),
            var t when t.Contains("Double", StringComparison.Ordinal) || t.Contains("Decimal", StringComparison.Ordinal) => ("a number", "数字"),
            _ => ("another kind of value", "其他类型的值"),
        };
        return $"{message.Remove(typed.Index, typed.Length).TrimEnd('.')}: {english} is expected / 应为{chinese}";
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
