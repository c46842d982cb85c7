package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.model.BrinkModel;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GUI's recorder: what a viewer takes piece by piece is the whole run, and it agrees with the Recorder. */
class LiveHistoryTest {
    @Test
    void piecesAddUpToTheRunAndMatchTheRecorder() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios", "baseline.yaml")).withYears(1);
        BrinkModel model = new BrinkModel(s, 5);
        LiveHistory live = new LiveHistory("combat_power", "rung", "fired_month");
        RecordLayout layout = new RecordLayout(s.start(), s.days(), 0);
        Recorder recorder = new Recorder(layout, Metrics.named("combat_power", "rung", "fired_month"));
        model.addObserver(live);
        model.addObserver(recorder);
        model.start();
        int taken = 0;
        int monthsTaken = 0;
        int eventsTaken = 0;
        while (model.world().getDay() < model.days()) {
            model.schedule.step(model);
            if (model.world().getDay() % 50 == 0) { // a viewer looking now and then
                taken += live.daily(taken).size();
                monthsTaken += live.monthly(monthsTaken).size();
                eventsTaken += live.events(eventsTaken).size();
            }
        }
        taken += live.daily(taken).size();
        monthsTaken += live.monthly(monthsTaken).size();
        eventsTaken += live.events(eventsTaken).size();
        assertEquals(s.days(), taken, "one row a day");
        assertEquals(12, monthsTaken, "one row a month");
        assertEquals(model.world().log().size(), eventsTaken);
        assertEquals(model.world().log(), live.events(0));
        assertEquals(s.days() - 1, live.lastDay());

        List<SeriesKey> keys = recorder.keys();
        double[] standard = recorder.values()[Cadence.STANDARD.ordinal()];
        int width = recorder.width()[Cadence.STANDARD.ordinal()];
        for (int p = 1; p < layout.points(Cadence.STANDARD); p++) {
            // the live history's row of day d is the recorder's instant d + 1 (the state after that day)
            int day = layout.instantOf(Cadence.STANDARD, p) - 1;
            double[] row = live.daily(day).get(0).values();
            for (int k = 0; k < keys.size(); k++) {
                if (keys.get(k).cadence() == Cadence.STANDARD) {
                    assertEquals(standard[p * width + recorder.column()[k]], row[live.dailyKeys().indexOf(keys.get(k))], 0.0);
                }
            }
        }
        double[] monthly = recorder.values()[Cadence.MONTHLY.ordinal()];
        List<LiveHistory.Row> months = live.monthly(0);
        for (int m = 0; m < months.size(); m++) {
            assertEquals(layout.instantOf(Cadence.MONTHLY, m) - 1, months.get(m).day());
            assertEquals(monthly[m * recorder.width()[Cadence.MONTHLY.ordinal()]], months.get(m).values()[0], 0.0);
        }
        assertTrue(months.stream().mapToDouble(r -> r.values()[0]).sum() > 0, "the DPRK launched missiles in a year");
    }

    @Test
    void anUnknownMetricNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LiveHistory("combat_powr"));
    }
}
