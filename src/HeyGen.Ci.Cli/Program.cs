using HeyGen.Ci.Cli;

return await HeyGenApp.RunAsync(args).ConfigureAwait(false);
