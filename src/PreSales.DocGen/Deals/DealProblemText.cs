namespace PreSales.DocGen.Deals;

/// <summary>The messages of deal-file problems, in Chinese and English.</summary>
internal sealed class DealProblemText
{
    private readonly bool zh;

    private DealProblemText(bool zh) => this.zh = zh;

    private static readonly DealProblemText Chinese = new(true);
    private static readonly DealProblemText English = new(false);

    public static DealProblemText For(DealLanguage language) => language == DealLanguage.ZhCN ? Chinese : English;

    private string T(string chinese, string english) => zh ? chinese : english;

    public DealProblem FileNotFound(string path) =>
        new("$", T($"找不到文件 {path}", $"file not found: {path}"));

    public DealProblem CannotRead(string path, string why) =>
        new("$", T($"无法读取文件 {path}：{why}", $"cannot read {path}: {why}"));

    public DealProblem TooLarge(long size, long limit) =>
        new("$", T($"文件有 {size / 1024.0 / 1024.0:0.#} MB，超过上限 {limit / 1024 / 1024} MB；交易文件不应这么大",
            $"the file is {size / 1024.0 / 1024.0:0.#} MB, over the {limit / 1024 / 1024} MB limit for a deal file"));

    public DealProblem NotUtf8(int line) =>
        new("$", T($"第 {line} 行不是有效的 UTF-8 文本；请以 UTF-8 编码保存文件", $"line {line} is not valid UTF-8; save the file as UTF-8"));

    /// <summary>A JSON syntax error at a 1-based line and column (in characters); <paramref name="found"/> is null at the end of the file.</summary>
    public DealProblem NotJson(long line, long column, string? found) =>
        new("$", found is null
            ? T($"第 {line} 行第 {column} 列：文件在 JSON 完整之前就结束了（少了 }}、] 或引号？）",
                $"line {line}, column {column}: the file ends before the JSON is complete (a missing }}, ] or quote?)")
            : T($"第 {line} 行第 {column} 列不是有效的 JSON：此处不应是 {found}（少了逗号或引号，或多了逗号？）",
                $"line {line}, column {column}: not valid JSON: {found} is not expected here (a missing comma or quote, or one comma too many?)"));

    public string Missing() => T("缺少必填字段", "required field is missing");

    public string UnknownValue(string value, string allowed) =>
        T($"未知的取值 {value}；可选值：{allowed}", $"unknown value {value}; expected one of: {allowed}");

    public string OutOfScale(string value, string min, string max) =>
        T($"取值 {value} 超出范围 {min}–{max}", $"value {value} is outside the scale {min}–{max}");

    public string WrongType(string value, string expected) =>
        T($"类型不对：{value} 应为 {expected}", $"wrong type: {value} should be {expected}");

    public string BadFormat(string value, string format) => format switch
    {
        "date" => T($"{value} 不是有效日期，应为 YYYY-MM-DD", $"{value} is not a valid date; expected YYYY-MM-DD"),
        _ => T($"{value} 不符合格式 {format}", $"{value} does not match the format {format}"),
    };

    public string UnknownProperty() => T("未知字段（拼写错误？）", "unknown field (a typo?)");

    public string DuplicateId(string id, string firstPath) =>
        T($"编号 \"{id}\" 重复，已在 {firstPath} 使用", $"duplicate id \"{id}\", already used at {firstPath}");

    public string UnknownStakeholder(string id) =>
        T($"没有编号为 \"{id}\" 的干系人", $"no stakeholder has the id \"{id}\"");

    public string AttendeeWithoutName() =>
        T("参会人需要 stakeholderId 或 name", "an attendee needs a stakeholderId or a name");

    public string DuplicateStage(int number, string firstPath) =>
        T($"阶段序号 {number} 重复，已在 {firstPath} 使用", $"duplicate stage number {number}, already used at {firstPath}");

    public string UnpairedSurrogate() =>
        T("文本含有无效字符（不成对的代理项转义，如 \\ud800）；请删除它", "the text holds an invalid character (an unpaired surrogate escape such as \\ud800); remove it");

    public string EndBeforeStart() => T("结束日期早于开始日期", "ends before it starts");

    public string TypeName(string type) => type switch
    {
        "string" => T("文本", "a string"),
        "integer" => T("整数", "an integer"),
        "number" => T("数字", "a number"),
        "boolean" => T("true/false", "true or false"),
        "array" => T("数组", "an array"),
        "object" => T("对象", "an object"),
        "null" => "null",
        _ => type,
    };
}
