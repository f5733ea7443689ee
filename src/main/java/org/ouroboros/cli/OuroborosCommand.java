package org.ouroboros.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code ouroboros [COMMAND]}. Sub-commands register in {@link #commandLine()}. */
@Command(
        name = "ouroboros",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Python's object model and concurrency, made visible.%nWithout a command, opens the app.")
public final class OuroborosCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        org.ouroboros.ui.OuroborosApp.launchApp(new String[0]);
        return 0;
    }

    /** The command line with every sub-command added; later commands add themselves here. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new OuroborosCommand());
        cli.addSubcommand(new RunCommand()).addSubcommand(new MroCommand()).addSubcommand(new BenchCommand());
        cli.addSubcommand(new ExportCommand());
        cli.getSubcommands().get("bench").addSubcommand(new org.ouroboros.cli.bench.FramesBench());
        cli.getSubcommands().get("bench").addSubcommand(new org.ouroboros.cli.bench.C10kViewBench());
        return cli;
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }
}
