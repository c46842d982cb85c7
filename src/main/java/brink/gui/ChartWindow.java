package brink.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/** A window with one live chart (our JFreeChart 1.5 panel, not MASON's chart classes) and an export button. */
final class ChartWindow extends JFrame {
    private static final long serialVersionUID = 1L;
    private final ChartPanel panel = new ChartPanel(null);

    ChartWindow(String title, Runnable export) {
        super(title);
        panel.setMouseWheelEnabled(true);
        panel.setInitialDelay(100);
        JButton button = new JButton("Export charts (PNG + SVG)...");
        button.addActionListener(e -> export.run());
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 2));
        bar.add(button);
        getContentPane().add(panel, BorderLayout.CENTER);
        getContentPane().add(bar, BorderLayout.SOUTH);
        // closing hides: the Console's Displays tab shows the window again
        setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    }

    void show(JFreeChart chart) {
        panel.setChart(chart);
    }

    JFreeChart chart() {
        return panel.getChart();
    }
}
