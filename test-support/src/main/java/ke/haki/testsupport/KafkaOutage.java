package ke.haki.testsupport;

import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Lets a test make the test broker unreachable and bring it back. The broker may have been
 * started from another class loader than the test's, so the control is a JVM-wide MBean,
 * reached by name.
 */
public final class KafkaOutage {

    private static final String NAME = "ke.haki.test:type=KafkaOutage";

    private KafkaOutage() {}

    /** The MBean's interface; public so the platform MBean server can introspect it. */
    public interface ControlMBean {
        void disconnect();

        void reconnect();
    }

    /** The MBean: delegates to the broker's proxy. */
    public static final class Control implements ControlMBean {
        private final Runnable disconnect;
        private final Runnable reconnect;

        Control(Runnable disconnect, Runnable reconnect) {
            this.disconnect = disconnect;
            this.reconnect = reconnect;
        }

        @Override
        public void disconnect() {
            disconnect.run();
        }

        @Override
        public void reconnect() {
            reconnect.run();
        }
    }

    static void register(Runnable disconnect, Runnable reconnect) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new Control(disconnect, reconnect), name);
        } catch (JMException e) {
            throw new IllegalStateException("cannot register the Kafka outage control", e);
        }
    }

    /** The broker becomes unreachable: open connections drop, new ones are refused. */
    public static void begin() {
        invoke("disconnect");
    }

    public static void end() {
        invoke("reconnect");
    }

    private static void invoke(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(NAME), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("no test broker is running in this JVM", e);
        }
    }
}
