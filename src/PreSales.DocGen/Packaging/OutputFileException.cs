namespace PreSales.DocGen.Packaging;

/// <summary>Why an output file could not be written.</summary>
public enum OutputFileProblem
{
    /// <summary>The path names a folder.</summary>
    Folder,

    /// <summary>The path names a device, pipe or other special file, which a plain file must not replace.</summary>
    NotRegular,

    /// <summary>The file exists and is read-only.</summary>
    ReadOnly,

    /// <summary>The system refused access to the file or its folder.</summary>
    Denied,

    /// <summary>The system could not create or move the file (bad folder, name too long, disk full...).</summary>
    Failed,
}

/// <summary>An output file that could not be written; nothing was changed at <see cref="Target"/>.</summary>
public sealed class OutputFileException : IOException
{
    /// <summary>Creates the exception.</summary>
    public OutputFileException(string target, OutputFileProblem problem, Exception? inner = null)
        : base($"{target}: {problem}", inner)
    {
        Target = target;
        Problem = problem;
    }

    /// <summary>The full path of the file that was to be written.</summary>
    public string Target { get; }

    /// <summary>What went wrong.</summary>
    public OutputFileProblem Problem { get; }

    /// <summary>The message in Chinese or English, naming the file; the system's own reason is added for <see cref="OutputFileProblem.Failed"/>.</summary>
    public string Describe(bool chinese)
    {
        var reason = Problem switch
        {
            OutputFileProblem.Folder => chinese ? "这是一个文件夹，请给出文件名" : "this is a folder; give a file name",
            OutputFileProblem.NotRegular => chinese ? "这不是普通文件（设备或管道），不能覆盖" : "this is not a plain file (a device or pipe); it will not be replaced",
            OutputFileProblem.ReadOnly => chinese ? "文件是只读的，未覆盖；请取消只读或换一个输出位置" : "the file is read-only and was not replaced; make it writable or choose another output",
            OutputFileProblem.Denied => chinese ? "没有写入权限" : "permission denied",
            _ when InnerException is DirectoryNotFoundException or FileNotFoundException => chinese ? "无法在该文件夹中创建文件" : "a file cannot be created in that folder",
            _ when InnerException is PathTooLongException => chinese ? "路径或文件名太长" : "the path or file name is too long",
            _ => (chinese ? "无法写入：" : "cannot write: ") + FirstSentence(InnerException?.Message),
        };
        return $"{Target}: {reason}";
    }

    private static string FirstSentence(string? message)
    {
        if (string.IsNullOrEmpty(message))
            return "";
        // The system's message may name the temporary file; the target is already named.
        var sentence = message.Split(". ", 2)[0];
        return System.Text.RegularExpressions.Regex.Replace(sentence, @"'[^']*\.presales-(\d+-)?[0-9a-f]{32}\.tmp'", "").Trim();
    }
}
