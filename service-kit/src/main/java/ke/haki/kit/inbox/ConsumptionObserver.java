package ke.haki.kit.inbox;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import ke.haki.kit.logging.CaseLogContext;

/**
 * Around {@link IdempotentConsumer#process}: puts the record's key (the case id, never a child's
 * identity) in the log context while it is applied, and counts the outcome by topic. A record the
 * consumer throws for goes to the dead-letter topic, so it is counted as dead-lettered there.
 */
@ObservedConsumption
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class ConsumptionObserver {

    @Inject
    ConsumerMetrics metrics;

    @AroundInvoke
    Object observe(InvocationContext ctx) throws Exception {
        ConsumerRecord<?, ?> record = recordOf(ctx.getParameters());
        if (record == null) {
            return ctx.proceed();
        }
        try (CaseLogContext ignored = CaseLogContext.enter(record.key() == null ? null : record.key().toString())) {
            Object result = ctx.proceed();
            metrics.consumed(record.topic(), Boolean.TRUE.equals(result));
            return result;
        } catch (RuntimeException e) {
            metrics.deadLettered(record.topic(), e);
            throw e;
        }
    }

    private static ConsumerRecord<?, ?> recordOf(Object[] parameters) {
        for (Object p : parameters) {
            if (p instanceof ConsumerRecord<?, ?> r) {
                return r;
            }
        }
        return null;
    }
}
