package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/GUIDE.md's sweep and discovery example on the baseline, run as written, finds what the guide says. */
class GuideSweepExampleTest {
    @TempDir
    Path dir;

    /** docs/GUIDE.md's example, as written (640 ten-year samples x 20 replications), and what the guide says it finds. */
    @Test
    void theGuidesSweepExampleFindsWhatItSays() throws Exception {
        Path out = dir.resolve("guide");
        CliTest.Result sweep = brink("sweep", "scenarios/baseline.yaml", "--vary", "events.border-incident.rate=1:8", "--vary",
                "actors.DPRK.resolve=0.5:1", "--vary", "events.invasion.rate=0.05:1", "--vary", "actors.US.forces.armor.theatreShare=0.005:0.04",
                "--design", "sobol", "--samples", "64", "--reps", "20", "--outcomes", "any_war,clashes", "--no-charts", "--out",
                out.toString());
        assertEquals(0, sweep.exit(), sweep.err());
        Map<String, Double> st = new HashMap<>();
        for (CSVRecord r : TestFiles.csv(out.resolve("sensitivity.csv"))) {
            if (r.get("outcome").equals("any_war")) {
                st.put(r.get("parameter"), Double.parseDouble(r.get("ST")));
            }
        }
        // "the chance that a clash widens into war, the DPRK's resolve and the rate of border incidents drive the probability
        // of war; the US armour share in the theatre does not"
        assertTrue(st.get("events.invasion.rate") > st.get("actors.DPRK.resolve") && st.get("actors.DPRK.resolve") > 0.1
                && st.get("events.border-incident.rate") > 0.1 && Math.abs(st.get("actors.US.forces.armor.theatreShare")) < 0.02, st.toString());
        CliTest.Result discover = brink("discover", out.toString(), "--where", "any_war > 0.05", "--resample", "10", "--no-charts");
        assertEquals(0, discover.exit(), discover.err());
        assertTrue(discover.out().contains("438 of 640 samples have any_war > 0.05."), discover.out());
        List<CSVRecord> box = TestFiles.csv(out.resolve("boxes.csv"));
        CSVRecord invasion = box.stream().filter(x -> x.get("parameter").equals("events.invasion.rate")).findFirst().orElseThrow();
        CSVRecord armour = box.stream().filter(x -> x.get("parameter").equals("actors.US.forces.armor.theatreShare"))
                .findFirst().orElseThrow();
        // "a chance above about 0.2 a year that a clash widens into war ...; the baseline stands inside"
        assertEquals(0.19, Double.parseDouble(invasion.get("low")), 0.03, invasion.toString());
        assertEquals("false", armour.get("restricted"), armour.toString());
        assertTrue(discover.out().contains("inside the box, so the condition is likely where it stands"), discover.out());
    }

}
