package dev.newsflow.enrich.entities;

/** The CoNLL entity classes newsflow recognises; MISC covers demonyms, events and the rest. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
