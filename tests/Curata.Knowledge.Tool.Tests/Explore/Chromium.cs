using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Curata.Knowledge.Tool.Tests.Explore;

/// <summary>
/// Debian's Chromium, run headless as a reader's browser: <see cref="DumpDom"/> gives the document after its scripts ran,
/// <see cref="Screenshot"/> a picture of the page. Installs the browser (apt-get, as root) when it is missing.
/// </summary>
internal static class Chromium
{
    private const string Executable = "/usr/bin/chromium";
    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The serialised DOM of <paramref name="url"/> once loaded, scripts and all.</summary>
    public static string DumpDom(string url) => Run("--dump-dom", url);

    /// <summary>Saves a 1280×900 screenshot of <paramref name="url"/> as <paramref name="path"/>.</summary>
    public static void Screenshot(string url, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Run($"--screenshot={path} --window-size=1280,900 --hide-scrollbars", url);
    }

    public static string FileUrl(string path, string? fragment = null) => new Uri(path).AbsoluteUri + (fragment == null ? "" : "#" + fragment);

    private static string Run(string arguments, string url)
    {
        // A profile of its own per run, so parallel tests do not fight over one profile's lock.
        var profile = Directory.CreateTempSubdirectory("curata-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Installed.Value,
                $"--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --user-data-dir={profile} {arguments} \"{url}\"")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {errors.Result}");
            return output;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string Install()
    {
        if (File.Exists(Executable)) return Executable;
        var install = Process.Start(new ProcessStartInfo("sh", "-c \"apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var errors = install.StandardError.ReadToEndAsync();
        install.StandardOutput.ReadToEnd();
        install.WaitForExit();
        if (install.ExitCode != 0 || !File.Exists(Executable))
            throw new InvalidOperationException($"Could not install chromium (apt-get needs root): {errors.Result}");
        return Executable;
    }
}
