using HeyGen.Ci.Bench;

return args switch
{
    ["make", var corpus, var output, var megabytes] => await SyntheticHar.WriteAsync(corpus, output, long.Parse(
        megabytes, System.Globalization.CultureInfo.InvariantCulture) << 20),
    ["read", var file] => await ReaderRun.ReadAsync(file),
    ["scan", var file] => await TokenScan.ScanAsync(file),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: IngestBench make <corpus-dir> <out.har> <MB> | read <file> | scan <file>");
    return 2;
}
