using System.CommandLine;
using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;

namespace PreSales.Cli;

/// <summary>
/// The command line's own texts in the user's language: the descriptions (written once as "中文 / English") cut to one
/// side for help, and the parser's errors (worded by System.CommandLine in the UI culture) without .NET type names.
/// </summary>
internal static partial class CommandLineText
{
    /// <summary>Keeps the side of every "中文 / English" description that is in <paramref name="language"/>.</summary>
    public static void Localize(Command command, DealLanguage language)
    {
        command.Description = Pick(command.Description, language);
        foreach (var option in command.Options)
            option.Description = Pick(option.Description, language);
        foreach (var argument in command.Arguments)
            argument.Description = Pick(argument.Description, language);
        foreach (var sub in command.Subcommands)
            Localize(sub, language);
    }

    /// <summary>The Chinese or the English side of a "中文 / English" text; a text in one language stays as it is.</summary>
    public static string? Pick(string? text, DealLanguage language)
    {
        if (text is null)
            return null;
        var split = Bilingual().Match(text);
        if (!split.Success)
            return text;
        return language == DealLanguage.ZhCN ? split.Groups["zh"].Value.TrimEnd() : split.Groups["en"].Value.Trim();
    }

    /// <summary>
    /// A parse error for the user, in <paramref name="language"/>. System.CommandLine words its errors in English (its
    /// other languages are not shipped) and names .NET types where a value has the wrong kind; each of its messages is
    /// worded here again, and one not known here becomes a plain "cannot read" naming the token, never the parser's text.
    /// </summary>
    public static string ParseError(string message, DealLanguage language)
    {
        var zh = language == DealLanguage.ZhCN;
        foreach (var (pattern, chinese, english) in Errors)
        {
            var match = Regex.Match(message, pattern, RegexOptions.Singleline, TimeSpan.FromSeconds(1));
            if (!match.Success)
                continue;
            string Group(int n) => match.Groups[n].Value;
            var kind = match.Groups.Count > 3 ? Kind(match.Groups["type"].Value, zh) : "";
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, zh ? chinese : english, Group(1), Group(2), kind);
        }
        var token = Regex.Match(message, "'([^']*)'", RegexOptions.None, TimeSpan.FromSeconds(1));
        var what = token.Success ? token.Groups[1].Value : "";
        return zh ? $"无法理解命令行 {what}".TrimEnd() : $"cannot read the command line {what}".TrimEnd();
    }

    /// <summary>The help text with the parser's English headings worded in <paramref name="language"/>.</summary>
    public static string Help(string help, DealLanguage language)
    {
        if (language == DealLanguage.EnUS)
            return help;
        foreach (var (english, chinese) in HelpWords)
            help = help.Replace(english, chinese, StringComparison.Ordinal);
        return help;
    }

    private static string Kind(string type, bool zh) => type switch
    {
        _ when type.Contains("Int", StringComparison.Ordinal) => zh ? "整数" : "a whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => zh ? "数字" : "a number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => zh ? "true 或 false" : "true or false",
        _ => zh ? "另一种取值" : "another kind of value",
    };

    // System.CommandLine 2.0.0's messages (its resources), most specific first; {0} {1} are the quoted names, {2} the
    // kind of value expected.
    private static readonly (string Pattern, string Chinese, string English)[] Errors =
    [
        (@"^Cannot parse argument '(.*)' for option '(.*)' as expected type '(?<type>[^']*)'", "选项 {1} 的取值 {0} 不对：应为{2}", "option {1}: the value {0} is not {2}"),
        (@"^Cannot parse argument '(.*)' for command '(.*)' as expected type '(?<type>[^']*)'", "命令 {1} 的参数 {0} 不对：应为{2}", "command {1}: the argument {0} is not {2}"),
        (@"^Cannot parse argument '(.*)'()() as expected type '(?<type>[^']*)'", "参数 {0} 不对：应为{2}", "the argument {0} is not {2}"),
        (@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", "取值 {0} 无效，可选：{1}", "the value {0} is not one of:{1}"),
        (@"^Required argument missing for command: '(.*)'", "命令 {0} 缺少参数（如交易文件）", "command {0}: an argument is missing (e.g. the deal file)"),
        (@"^Required argument missing for option: '(.*)'", "选项 {0} 缺少取值", "option {0}: its value is missing"),
        (@"^Option '(.*)' expects a single argument but (.*) were provided", "选项 {0} 只能给一个取值，却给了 {1} 个", "option {0} takes one value, {1} were given"),
        (@"^Option '(.*)' is required", "缺少必需的选项 {0}", "option {0} is required"),
        (@"^Required command was not provided", "缺少命令：check、deck、doc、minutes、review 或 schema", "a command is missing: check, deck, doc, minutes, review or schema"),
        (@"^Unrecognized command or argument '(.*)'", "无法识别的命令、选项或参数：{0}", "unknown command, option or argument: {0}"),
        (@"^'(.*)' was not matched", "无法识别：{0}", "not recognised: {0}"),
        (@"^File does not exist: '(.*)'", "文件不存在：{0}", "the file does not exist: {0}"),
        (@"^Directory does not exist: '(.*)'", "文件夹不存在：{0}", "the folder does not exist: {0}"),
        (@"^File or directory does not exist: '(.*)'", "文件或文件夹不存在：{0}", "the file or folder does not exist: {0}"),
        (@"^Response file not found '(.*)'", "找不到参数文件 {0}", "the response file {0} is not found"),
        (@"^(.*) option cannot be combined with other arguments", "{0} 不能与其他参数同用", "{0} cannot be combined with other arguments"),
    ];

    private static readonly (string English, string Chinese)[] HelpWords =
    [
        ("Description:", "说明："),
        ("Usage:", "用法："),
        ("Additional Arguments:", "其他参数："),
        ("Arguments:", "参数："),
        ("Options:", "选项："),
        ("Commands:", "命令："),
        ("[options]", "[选项]"),
        ("[command]", "[命令]"),
        ("Show help and usage information", "显示帮助"),
        ("Show version information", "显示版本"),
    ];

    // "中文…(…)/ English…" or "中文… / English…": the Chinese side holds a CJK character, the English side none.
    [GeneratedRegex(@"^(?<zh>.*\p{IsCJKUnifiedIdeographs}.*?)\s*/ (?<en>[^\p{IsCJKUnifiedIdeographs}]+)$", RegexOptions.Singleline)]
    private static partial Regex Bilingual();
}
