package nl.hgk.ledger.benchmark;

import java.util.List;

/**
 * BENCHMARKS.md: how, where and when the run was made, then one table of every figure beside its aim (issue 14's
 * "Aims"). A quick run says at its top that its figures mean nothing.
 *
 * @param date    when the run began
 * @param commit  the git commit measured (with "+changes" when the work tree was not clean)
 * @param command the command that made the file
 * @param machine cores, memory, the load average at the start and the end
 * @param quick   whether this was a harness check
 * @param notes   remarks below the table: how figures were checked, what is not measured
 */
record BenchmarksFile(String date, String commit, String command, String machine, boolean quick, List<Figure> figures,
                      List<String> notes) {

    String markdown() {
        StringBuilder md = new StringBuilder("# Benchmarks\n\n");
        if (quick) {
            md.append("> **A quick run (`--quick`): the harness checked with short, small phases on a busy machine. "
                    + "These figures mean nothing; a full run replaces them.**\n\n");
        }
        md.append("Issue 14's figures, measured in one run on one database (embedded PostgreSQL 14, stock settings, "
                + "fsync on), by the benchmark in `benchmark/` ([docs/benchmarks.md](docs/benchmarks.md)).\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| date | ").append(date).append(" |\n");
        md.append("| commit | `").append(commit).append("` |\n");
        md.append("| machine | ").append(machine).append(" |\n");
        md.append("| command | `").append(command).append("` |\n\n");
        md.append("| what | figure | conditions | aim | |\n|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            md.append("| ").append(cell(figure.what())).append(" | ").append(cell(figure.figure())).append(" | ")
                    .append(cell(figure.conditions())).append(" | ").append(cell(figure.aim())).append(" | ")
                    .append(figure.verdict().isEmpty() ? "" : "**" + figure.verdict() + "**").append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
