package brink.gui;

import brink.experiment.LiveHistory;
import brink.model.LoggedEvent;
import java.awt.BorderLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.WindowConstants;
import javax.swing.text.DefaultCaret;

/** The event log in plain language, one line per event with its cause chain, scrolling as the run goes on. */
final class EventLogWindow extends JFrame {
    private static final long serialVersionUID = 1L;
    private final JLabel header = new JLabel("Press Play in the Console to start the run; events appear here as they happen.");
    private final JTextArea text = new JTextArea();
    private final List<LoggedEvent> events = new ArrayList<>();
    private RunInfo run;
    private int lines;

    EventLogWindow() {
        super("Event log");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        ((DefaultCaret) text.getCaret()).setUpdatePolicy(DefaultCaret.ALWAYS_UPDATE);
        header.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        getContentPane().add(header, BorderLayout.NORTH);
        getContentPane().add(new JScrollPane(text), BorderLayout.CENTER);
        setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    }

    void reset(RunInfo info) {
        run = info;
        events.clear();
        lines = 0;
        text.setText("");
        header.setText("<html><b>" + escape(info.title()) + "</b> &nbsp; (" + escape(info.scenarioName()) + ", seed " + info.seed()
                + (info.levers().isEmpty() ? "" : "; " + escape(info.levers())) + ")</html>");
        setTitle("Event log - " + info.scenarioName() + ", seed " + info.seed());
    }

    void pull(LiveHistory history) {
        List<LoggedEvent> fresh = history.events(events.size());
        if (fresh.isEmpty()) {
            return;
        }
        StringBuilder s = new StringBuilder();
        for (LoggedEvent e : fresh) {
            events.add(e);
            s.append(run.narrative().line(events, e)).append('\n');
            lines++;
        }
        text.append(s.toString());
    }

    int lines() {
        return lines;
    }

    String text() {
        return text.getText();
    }

    static String escape(String s) {
        return brink.output.HtmlPage.esc(s);
    }
}
