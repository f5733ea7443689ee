package org.ouroboros;

import org.ouroboros.cli.OuroborosCommand;

/**
 * Entry point. Deliberately not the JavaFX {@code Application} subclass, so the app runs from a
 * plain classpath jar. No arguments opens the app; any argument goes to the CLI.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            org.ouroboros.ui.OuroborosApp.launchApp(args);
            return;
        }
        System.exit(OuroborosCommand.execute(args));
    }
}
