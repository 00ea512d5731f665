// The host under load and under SIGKILL, as real processes on loopback (build the host first:
// dotnet build -c Release src/PreSales.AddinHost). Usage:
//   dotnet run -c Release --project bench/PreSales.HostBench -- durability sqlite|postgres [writers] [killAfterSeconds]
//   dotnet run -c Release --project bench/PreSales.HostBench -- load sqlite|postgres|postgres2 deck|deck-cold|deck-edited|word|review|search [clients] [seconds] [warmUpSeconds]
using System.Globalization;
using PreSales.HostBench;

System.Globalization.CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
return args switch
{
    ["durability", var provider, ..] => await Durability.RunAsync(provider, Arg(2, 8), args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 4),
    ["load", var setup, var scenario, ..] => await Load.RunAsync(setup, scenario, Arg(3, 16), Arg(4, 60), Arg(5, 20)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: PreSales.HostBench durability sqlite|postgres [writers] [killAfterSeconds]");
    Console.Error.WriteLine("       PreSales.HostBench load sqlite|postgres|postgres2 deck|deck-cold|deck-edited|word|review|search [clients] [seconds] [warmUpSeconds]");
    return 2;
}
