package dev.newsflow.broker;

/** A fatal broker error that Kafka would have answered by exiting the process. */
public class BrokerFatalException extends RuntimeException {

    public BrokerFatalException(String message) {
        super(message);
    }
}
