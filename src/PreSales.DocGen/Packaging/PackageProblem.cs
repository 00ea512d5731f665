namespace PreSales.DocGen.Packaging;

/// <summary>Why a file cannot be opened as the package asked for, in Chinese and English.</summary>
/// <param name="Code">A stable code, e.g. <c>not-a-zip</c>, <c>encrypted</c>, <c>zip-bomb</c>.</param>
/// <param name="Chinese">The message in Chinese.</param>
/// <param name="English">The message in English.</param>
public sealed record PackageProblem(string Code, string Chinese, string English)
{
    /// <summary>The message in the wanted language.</summary>
    public string Message(bool chinese) => chinese ? Chinese : English;
}

/// <summary>Thrown when a file is refused before or while it is read; carries the problem to show to the user.</summary>
public sealed class PackageRejectedException : Exception
{
    /// <summary>Creates the exception for one problem.</summary>
    public PackageRejectedException(PackageProblem problem, Exception? inner = null)
        : base(problem.English, inner) => Problem = problem;

    /// <summary>What is wrong with the file.</summary>
    public PackageProblem Problem { get; }

    /// <summary>The one line a user sees: the file, then what is wrong with it, in the wanted language.</summary>
    public string Describe(string file, bool chinese) => $"{file}: {Problem.Message(chinese)}";
}
