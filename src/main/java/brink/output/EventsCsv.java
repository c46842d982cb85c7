package brink.output;

import brink.model.LoggedEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * events.csv, the narrative of the replications handed to it (the first K of a run). {@code cause} names the event that led to this one as
 * "day D: TYPE by ACTOR", which is also the (day, type, actor) of that event's own row.
 */
public final class EventsCsv implements AutoCloseable {
    public static final String HEADER = "replication,day,date,actor,target,type,detail,rung_before,rung_after,signal_before,signal_after,cause,"
            + "kind,period";
    private final BufferedWriter out;
    private final LocalDate start;

    public EventsCsv(Path file, LocalDate start) throws IOException {
        this.start = start;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(HEADER);
        out.write('\n');
    }

    public void add(int replication, List<LoggedEvent> events) throws IOException {
        StringBuilder row = new StringBuilder(160);
        for (LoggedEvent e : events) {
            row.setLength(0);
            row.append(replication).append(',').append(e.day()).append(',').append(start.plusDays(e.day())).append(',')
                    .append(Csv.text(e.actor())).append(',').append(Csv.text(e.target())).append(',')
                    .append(Csv.text(e.type())).append(',').append(Csv.text(e.detail())).append(',')
                    .append(e.rungBefore()).append(',').append(e.rungAfter()).append(',')
                    .append(e.signalBefore()).append(',').append(e.signalAfter()).append(',')
                    .append(Csv.text(cause(events, e))).append(',').append(e.kind().text()).append(',').append(Csv.text(e.period()));
            out.append(row).append('\n');
        }
    }

    /** A readable pointer to the causing event, or empty. */
    public static String cause(List<LoggedEvent> events, LoggedEvent e) {
        if (e.cause() < 0) {
            return "";
        }
        LoggedEvent c = events.get(e.cause());
        return "day " + c.day() + ": " + c.type() + (c.actor().isEmpty() ? "" : " by " + c.actor());
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
