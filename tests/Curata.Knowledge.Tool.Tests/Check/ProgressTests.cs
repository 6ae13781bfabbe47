using System;
using System.IO;
using Curata.Knowledge.Tool.Output;

namespace Curata.Knowledge.Tool.Tests.Check;

/// <summary>The progress bar draws in place on a terminal and erases itself (PackageTests show it stays off when redirected).</summary>
public sealed class ProgressTests
{
    [Fact]
    public void On_a_terminal_the_bar_counts_the_steps_and_is_erased_at_the_end()
    {
        var terminal = new StringWriter();

        using (var progress = new Progress("files read", 0, terminal, TimeSpan.Zero, TimeSpan.Zero))
        {
            progress.SetTotal(4);
            for (var i = 0; i < 4; i++) progress.Advance();
            Assert.EndsWith("\r" + Progress.Line("files read", 4, 4), terminal.ToString());
        }

        var drawn = terminal.ToString();
        Assert.Contains(Progress.Line("files read", 1, 4), drawn);
        Assert.DoesNotContain('\n', drawn);
        Assert.EndsWith("\r" + new string(' ', Progress.Line("files read", 4, 4).Length) + "\r", drawn);
    }

    [Fact]
    public void The_bar_fills_in_proportion()
    {
        Assert.Equal("[###############...............]    15/30 files read", Progress.Line("files read", 15, 30));
        Assert.Equal("[..............................]     0/30 files read", Progress.Line("files read", 0, 30));
        Assert.Equal("7 files read", Progress.Line("files read", 7, 0));
    }
}
