import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Neo4j Community for govgraph, run as a single source file (govgraph/store/neo4j_engine.py):
 * {@code java -cp 'LIB/*' GovgraphNeo4j.java HOME BOLT_PORT PASSWORD_FILE READY_FILE}. Bolt on
 * 127.0.0.1 only, no HTTP, authentication on with the password of the file for the user neo4j.
 * Creates READY_FILE once that password holds (Bolt answers earlier, with the default one);
 * stops cleanly on SIGTERM.
 */
public final class GovgraphNeo4j {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int boltPort = Integer.parseInt(args[1]);
        String password = Files.readString(Path.of(args[2])).strip();
        Path ready = Path.of(args[3]);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // a load is one transaction: its state lives off the heap, bounded by
            // dbms.memory.off_heap.max_size (2 GiB), not by 70 % of a small heap
            .setConfig(
                GraphDatabaseSettings.tx_state_memory_allocation,
                GraphDatabaseSettings.TransactionStateMemoryAllocation.OFF_HEAP)
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 0L)
            .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            stopped.countDown();
        }));
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
        } catch (QueryExecutionException error) {
            if (!error.getMessage().contains("cannot be the same")) { // set at an earlier start
                service.shutdown();
                throw error;
            }
        }
        Files.writeString(ready, "ready\n");
        System.out.println("govgraph neo4j listening on bolt://127.0.0.1:" + boltPort);
        System.out.flush();
        stopped.await();
    }
}
