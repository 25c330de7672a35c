// Runs a real Neo4j 5.26 Community server (embedded DBMS with its Bolt connector) for local use and tests.
//
// Usage: java -cp <neo4j jars> LocalNeo4j.java <dataDir> <host> <port> <user> <password> <pageCache>
// Prints exactly one line "KG_NEO4J_READY bolt://host:port" once Bolt accepts connections, or one line
// starting with "KG_NEO4J_ERROR" and exits non-zero. Stops cleanly on SIGINT/SIGTERM or when stdin closes.

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      fail("usage: LocalNeo4j <dataDir> <host> <port> <user> <password> <pageCache>", 64);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    String host = args[1];
    int port = Integer.parseInt(args[2]);
    String user = args[3];
    String password = args[4];
    String pageCache = args[5];

    if (!portIsFree(host, port)) {
      fail("port " + host + ":" + port + " is already in use; stop what holds it or set NEO4J_BOLT_PORT", 3);
    }
    Files.createDirectories(dataDir);

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(dataDir)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
          .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
          .setConfig(BoltConnectorInternalSettings.unsupported_bolt_unauth_connection_timeout, Duration.ofSeconds(30))
          // A plan compiles its expressions to bytecode after this many runs (default 10). Ingest runs each
          // write statement once per batch and a growing graph replans them every few seconds, so on a
          // fresh server each new plan paid for generating, loading and JIT-compiling classes it used a
          // few times; 50 runs leaves that to plans that stay (reads, a steady ingest).
          .setConfig(GraphDatabaseInternalSettings.cypher_expression_recompilation_limit, 50)
          .build();
    } catch (Throwable e) {
      String why = rootMessage(e);
      if (why.toLowerCase().contains("lock")) {
        fail("data folder " + dataDir + " is locked by another Neo4j instance; stop it or set NEO4J_DATA_DIR", 4);
      }
      if (why.toLowerCase().contains("address already in use")) {
        fail("port " + host + ":" + port + " is already in use; stop what holds it or set NEO4J_BOLT_PORT", 3);
      }
      fail("Neo4j failed to start: " + why, 1);
      return;
    }

    final DatabaseManagementService running = dbms;
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.shutdown();
      stopped.countDown();
    }));

    try {
      running.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER " + quoteName(user) + " SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (Throwable e) {
      // A restart on existing data: the password is already the one asked for.
      if (!rootMessage(e).contains("cannot be the same")) {
        fail("could not set the password of user " + user + ": " + rootMessage(e), 5);
      }
    }

    System.out.println("KG_NEO4J_READY bolt://" + host + ":" + port);
    System.out.flush();

    // A parent that dies without signalling closes our stdin: stop then too, so no orphan keeps the port.
    Thread stdinWatch = new Thread(() -> {
      try {
        InputStream in = System.in;
        while (in.read() != -1) {
          // ignore input
        }
      } catch (IOException ignored) {
        // treat as closed
      }
      System.exit(0);
    });
    stdinWatch.setDaemon(true);
    stdinWatch.start();
    stopped.await();
  }

  private static boolean portIsFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String quoteName(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private static String rootMessage(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        all.append(t.getMessage()).append(" | ");
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return all.toString().replace('\n', ' ');
  }

  private static void fail(String message, int code) {
    System.out.println("KG_NEO4J_ERROR " + message);
    System.out.flush();
    Runtime.getRuntime().halt(code);
  }
}
