package brink.cli;

import brink.web.SeminarServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the game to the teams' browsers: the seminar room.",
            "Prints one secret link per team and one for the white cell. Teams read their briefs and send their orders from",
            "their own laptops (the orders become the same move sheets); the white cell adjudicates on a button. Runs until",
            "Ctrl-C; the game folder stays the game (wargame turn, replay and debrief keep working)."})
final class WargameServe implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GAME", description = "the game folder")
    Path dir;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "the port (default: ${DEFAULT-VALUE}; 0: any free one)")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0: every network)")
    String host;

    @Mixin
    WargameCommand.Adjudicating options = new WargameCommand.Adjudicating();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535, got " + port);
        }
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + " is not a game folder (brink wargame new writes one)");
        }
        SeminarServer server;
        try {
            server = SeminarServer.start(dir, host, port, options.threads());
        } catch (java.net.BindException e) {
            throw new UserError("cannot listen on " + host + ":" + port + " (" + e.getMessage() + "): choose another --port");
        } catch (java.net.UnknownHostException | IllegalArgumentException e) {
            throw new UserError("--host " + host + " is not an address of this computer");
        }
        var out = spec.commandLine().getOut();
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "<this computer's address>" : host;
        out.println("Serving " + dir + " on http://" + shown + ":" + server.port() + ". Hand each link to its team only:");
        for (Map.Entry<String, String> e : server.links("http://" + shown + ":" + server.port()).entrySet()) {
            out.println("  " + (e.getKey().equals(brink.web.Tokens.WHITE_CELL) ? "white cell" : "team " + e.getKey()) + ": " + e.getValue());
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            out.println("Warning: listening beyond this computer: anyone on the network who has a link can play that team's part.");
        }
        out.println("Ctrl-C stops the server; brink wargame serve " + dir + " starts it again with the same links.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "brink-seminar-stop"));
        new java.util.concurrent.CountDownLatch(1).await(); // until Ctrl-C
        return 0;
    }
}
