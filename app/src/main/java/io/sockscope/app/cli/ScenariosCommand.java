package io.sockscope.app.cli;

import io.sockscope.model.scenario.Scenario;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sockscope scenarios}: one line {@code id<TAB>title} per scenario. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the scenarios: id<TAB>title, one per line.")
final class ScenariosCommand implements Runnable {
    @ParentCommand
    private SockscopeCommand root;

    @Option(names = "--lang", paramLabel = "en|zh", converter = LangConverter.class,
            description = "Language of titles (default: ${DEFAULT-VALUE}).", defaultValue = "en")
    private String lang;

    @Option(names = "--long", description = "Also print each scenario's description, indented.")
    private boolean describe;

    @Override
    public void run() {
        PrintStream out = root.out();
        for (Scenario s : root.catalog()) {
            out.println(s.id() + "\t" + s.title().in(lang));
            if (describe) {
                out.println("    " + s.description().in(lang));
            }
        }
    }
}
