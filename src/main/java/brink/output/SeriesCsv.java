package brink.output;

import brink.experiment.RunShape;
import brink.experiment.SeriesKey;
import brink.experiment.StreamingStatistics;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** series.csv: tidy long format, one row per (day, actor, domain, metric), ordered by day then by metric. */
public final class SeriesCsv {
    public static final String HEADER = "scenario,day,date,actor,domain,metric,mean,p05,p25,p50,p75,p95,kind,subject";
    /** The header before the last two columns were added (what a series is about, typed): still read. */
    public static final String OLDER_HEADER = "scenario,day,date,actor,domain,metric,mean,p05,p25,p50,p75,p95";

    private SeriesCsv() {
    }

    public static void write(Path file, RunShape shape, StreamingStatistics stats) throws IOException {
        List<SeriesKey> keys = shape.keys();
        String scenario = Csv.text(shape.scenario());
        String[] prefix = new String[keys.size()];
        String[] suffix = new String[keys.size()];
        for (int s = 0; s < keys.size(); s++) {
            SeriesKey k = keys.get(s);
            prefix[s] = Csv.text(k.actor()) + ',' + Csv.text(k.domain()) + ',' + Csv.text(k.metric()) + ',';
            suffix[s] = ',' + k.kind().text() + ',' + Csv.text(k.subject());
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder row = new StringBuilder(160);
            for (int day = 0; day <= shape.layout().days(); day++) {
                String date = shape.layout().date(day).toString();
                for (int s = 0; s < keys.size(); s++) {
                    SeriesKey k = keys.get(s);
                    int p = shape.layout().pointOf(k.cadence(), day);
                    if (p < 0) {
                        continue;
                    }
                    int block = k.cadence().ordinal();
                    int cell = shape.cell(s, p);
                    row.setLength(0);
                    row.append(scenario).append(',').append(day).append(',').append(date).append(',').append(prefix[s])
                            .append(Csv.number(stats.mean(block, cell)));
                    for (double q : stats.percentiles(block, cell)) {
                        row.append(',').append(Csv.number(q));
                    }
                    out.append(row).append(suffix[s]).append('\n');
                }
            }
        }
    }
}
