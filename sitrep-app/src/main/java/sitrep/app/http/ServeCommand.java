package sitrep.app.http;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sitrep.app.Main;
import sitrep.app.Options;
import sitrep.store.Store;
import sitrep.store.StoreException;
import sitrep.store.Stores;

/** {@code sitrep serve}: the REST API and the web UI over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the REST API and the web UI (map, timeline, incidents, sites).")
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  Options.Db db = new Options.Db();

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "address to bind (default ${DEFAULT-VALUE}: this machine only)")
  String host = "127.0.0.1";

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "bearer token for POST /api/documents (default: env SITREP_TOKEN; none"
          + " disables posting)")
  @Nullable String token;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new Main.UsageException("--port must be from 0 to 65535, not " + port);
    }
    String t = token != null ? token : System.getenv("SITREP_TOKEN");
    // the server's own start-up chatter stays out of the terminal; problems still show
    System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    PrintWriter err = spec.commandLine().getErr();
    Store store;
    try {
      store = Stores.open(db.db);
    } catch (StoreException e) {
      throw new Main.UsageException(e.getMessage());
    }
    ApiServer server = new ApiServer(store, t);
    try {
      server.start(host, port);
    } catch (RuntimeException e) {
      store.close();
      throw new Main.UsageException("cannot listen on " + host + ":" + port + ": "
          + rootMessage(e));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // Ctrl-C: stop serving and close the store inside the hook, since the JVM does not wait for
    // the main thread once shutdown has begun
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }));
    err.println("sitrep: serving " + store.location() + " at http://" + host + ":"
        + server.port() + "/  (API: /api/events, /openapi.json; posting "
        + (t == null || t.isBlank() ? "disabled: no token" : "enabled") + "; Ctrl-C stops)");
    err.flush();
    stopped.await();
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }
}
