package dev.newsflow.broker.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that hands a test a {@link KafkaBackend}: add
 * {@code @ExtendWith(KafkaExtension.class)} and take a {@code KafkaBackend} parameter. One backend
 * is started per test JVM (a broker start costs seconds) and closed when the run ends.
 */
public final class KafkaExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBackend.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("backend", key -> new Shared(KafkaBackends.start()), Shared.class)
                .backend();
    }

    /** Closes the shared backend when JUnit closes the root store at the end of the run. */
    private record Shared(KafkaBackend backend) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            backend.close();
        }
    }
}
