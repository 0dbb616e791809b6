package ke.haki.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the real infrastructure a service's {@code @QuarkusTest}s need, once per test JVM: a
 * private PostgreSQL server with the service's database, and a KRaft Kafka broker with every topic
 * of the contract. Use with {@code @WithTestResource(value = HakiInfrastructure.class, scope =
 * TestResourceScope.GLOBAL)}; pass the database name as init arg {@code database}. The service
 * connects as {@code <database>_app}; the migrations run as the owner {@code <database>}.
 */
public class HakiInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            postgres = PostgresServer.start();
        }
        if (kafka == null) {
            kafka = KafkaBroker.start();
            KafkaOutage.register(kafka::disconnect, kafka::reconnect);
        }
        Map<String, String> config = new HashMap<>();
        // the service connects as its application role; Flyway migrates as the owner
        config.put("quarkus.datasource.jdbc.url", postgres.createDatabaseWithApplicationRole(database));
        config.put("quarkus.datasource.username", PostgresServer.applicationUser(database));
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        config.put("quarkus.flyway.username", database);
        config.put("quarkus.flyway.password", PostgresServer.PASSWORD);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return config;
    }

    @Override
    public synchronized void stop() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
