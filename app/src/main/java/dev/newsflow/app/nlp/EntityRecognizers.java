package dev.newsflow.app.nlp;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;

import dev.newsflow.enrich.entities.EntityRecognizer;

/**
 * Picks the entity recogniser the build ships. The CoreNLP recogniser lives in {@code enrich.entities}
 * and is developed in parallel; until it is on the class path, {@link #available()} is empty and the
 * pipeline runs with {@link #NONE} (claims only, no entities). It is looked up by name so this class
 * compiles either way; an implementation is used through a public no-argument constructor or a public
 * static no-argument factory method returning an {@link EntityRecognizer}.
 */
public final class EntityRecognizers {

    /** Implementations to try, best first. */
    static final List<String> CANDIDATES = List.of("dev.newsflow.enrich.entities.CoreNlpEntityRecognizer");

    /** Finds nothing: the topology's recogniser when no NER is available. */
    public static final EntityRecognizer NONE = text -> List.of();

    private EntityRecognizers() {
    }

    /** The best recogniser on the class path, if any. Loading models may take seconds. */
    public static Optional<EntityRecognizer> available() {
        for (String name : CANDIDATES) {
            Optional<EntityRecognizer> r = load(name);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** {@link #available()} or {@link #NONE}. */
    public static EntityRecognizer availableOrNone() {
        return available().orElse(NONE);
    }

    static Optional<EntityRecognizer> load(String className) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        if (!EntityRecognizer.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        try {
            return Optional.of((EntityRecognizer) type.getConstructor().newInstance());
        } catch (NoSuchMethodException e) {
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && EntityRecognizer.class.isAssignableFrom(m.getReturnType())) {
                    try {
                        return Optional.of((EntityRecognizer) m.invoke(null));
                    } catch (ReflectiveOperationException ex) {
                        throw new IllegalStateException("could not create " + className, ex);
                    }
                }
            }
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not create " + className, e);
        }
    }
}
