namespace PreSales.DocGen.Tests.Support;

/// <summary>Paths in the repository, found from the test's working folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples(string name) => Path.Combine(Root, "samples", name);

    public static string Templates(string name) => Path.Combine(Root, "templates", name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PreSales.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PreSales.sln not found above " + AppContext.BaseDirectory);
    }
}
